package com.converge.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Bearer tokens the local profile trusts: what deploy/local/token.sh prints, minted in Java so a
 * simulation can give each virtual user its own subject without forking openssl.
 */
public final class Tokens {

    private static final String ISSUER = "https://converge.local/dev-issuer";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static PrivateKey key;

    private Tokens() {
    }

    public static String bearer(String role, String subject) {
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"converge-dev\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + subject + "\",\"upn\":\"" + subject
                + "\",\"groups\":[\"" + role + "\"],\"iat\":" + now + ",\"exp\":" + (now + 4 * 3600) + "}";
        String signingInput = encode(header) + "." + encode(payload);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a token with the development key", e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static synchronized PrivateKey key() throws Exception {
        if (key == null) {
            Path pem = Path.of(Settings.get("JWT_PRIVATE_KEY",
                    Settings.repositoryRoot().resolve("shared-kernel/src/test/resources/dev-jwt/private-key.pem").toString()));
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        }
        return key;
    }
}
