package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

public record AddProductCommand(String name, String description, Long categoryId, Long brandId, List<String> imageUrls,
                                boolean active, List<NewVariant> variants) {

    public AddProductCommand {
        name = Require.text(name, "name", 200);
        description = Objects.requireNonNullElse(description, "").strip();
        Require.present(categoryId, "categoryId");
        imageUrls = imageUrls == null ? List.of() : List.copyOf(imageUrls);
        if (variants == null || variants.isEmpty()) {
            throw new InvalidValueException("variants", "a product has at least one variant");
        }
        variants = List.copyOf(variants);
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            if (!skus.add(variants.get(i).sku())) {
                throw new InvalidValueException("variants[" + i + "].sku", "appears twice");
            }
        }
    }

    /** A variant and its opening stock. */
    public record NewVariant(String sku, Money price, Map<String, String> attributes, int onHand, int lowStockThreshold) {

        public NewVariant {
            sku = Require.text(sku, "sku", 64);
            if (!sku.matches("[A-Za-z0-9._-]+")) {
                throw new InvalidValueException("sku", "letters, digits, dot, dash and underscore only");
            }
            Require.present(price, "price");
            if (!price.isPositive()) {
                throw new InvalidValueException("price", "is more than zero");
            }
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
            if (onHand < 0) {
                throw new InvalidValueException("onHand", "is never negative");
            }
            if (lowStockThreshold < 0) {
                throw new InvalidValueException("lowStockThreshold", "is never negative");
            }
        }
    }
}
