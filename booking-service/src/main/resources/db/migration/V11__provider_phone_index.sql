-- Finding a provider by their phone number (the demo data loader's natural key for providers).
CREATE INDEX ix_provider_phone ON provider (phone);
