package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.CartLineCommand;
import com.converge.order.application.port.inbound.CartUseCase;
import com.converge.order.application.port.inbound.ViewCartQuery;
import com.converge.order.application.port.outbound.Carts;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.Promos;
import com.converge.order.application.port.outbound.ShippingZones;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.application.port.outbound.VariantOnSale;
import com.converge.order.domain.Cart;
import com.converge.order.domain.CartItem;
import com.converge.order.domain.ShippingZone;
import com.converge.order.domain.StockLevel;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

public class CartService implements CartUseCase {

    private final UnitOfWork unitOfWork;
    private final Carts carts;
    private final Catalog catalog;
    private final Stock stock;
    private final Promos promos;
    private final ShippingZones zones;
    private final TimeSource clock;

    public CartService(UnitOfWork unitOfWork, Carts carts, Catalog catalog, Stock stock, Promos promos, ShippingZones zones,
                       TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.carts = carts;
        this.catalog = catalog;
        this.stock = stock;
        this.promos = promos;
        this.zones = zones;
        this.clock = clock;
    }

    @Override
    public Uni<CartView> add(CartLineCommand command) {
        return unitOfWork.transactionally(() -> onSale(command.sku()).chain(variant -> addWithin(command, variant)))
                .chain(() -> view(ViewCartQuery.plain(command.customerId())));
    }

    /** Adds to the cart in the caller's transaction; a line that would hold too much rolls it back. */
    Uni<Void> addWithin(CartLineCommand command, VariantOnSale variant) {
        UUID variantId = variant.variant().id();
        return startingLine(command.customerId(), variantId)
                .chain(() -> carts.add(command.customerId(), variantId, command.sku(), command.quantity(), clock.now()))
                .invoke(Cart::refuseOverfullLine)
                .replaceWithVoid();
    }

    @Override
    public Uni<CartView> setQuantity(CartLineCommand command) {
        return unitOfWork.transactionally(() -> onSale(command.sku()).chain(variant -> startingLine(command.customerId(),
                        variant.variant().id())
                        .chain(() -> carts.set(command.customerId(), variant.variant().id(), command.sku(), command.quantity(),
                                clock.now()))))
                .chain(() -> view(ViewCartQuery.plain(command.customerId())));
    }

    @Override
    public Uni<CartView> remove(CustomerId customer, String sku) {
        return unitOfWork.transactionally(() -> carts.remove(customer, sku)).chain(() -> view(ViewCartQuery.plain(customer)));
    }

    @Override
    public Uni<CartView> view(ViewCartQuery query) {
        return unitOfWork.reading(() -> priced(query.customerId()).chain(cart -> {
            Uni<Cart.PromoPreview> promo = query.promoCode() == null ? Uni.createFrom().nullItem()
                    : promos.find(query.promoCode()).map(found -> cart.preview(query.promoCode(), found.orElse(null), clock.now()));
            Uni<List<ShippingZone>> shippingZones = query.shipTo() == null ? Uni.createFrom().item(List.of()) : zones.all();
            return promo.chain(preview -> shippingZones.map(all -> new CartView(cart, cart.totals(preview, all, query.shipTo()))));
        }));
    }

    /** The variant of {@code sku}: 404 when there is none, 422 when it is not for sale. */
    Uni<VariantOnSale> onSale(String sku) {
        return catalog.variantsBySku(List.of(sku)).map(found -> {
            VariantOnSale variant = found.stream().findFirst().orElseThrow(() -> new NotFoundException("variant", sku));
            if (!variant.sellable()) {
                throw new BusinessRuleViolation("sku", sku + " is not for sale");
            }
            return variant;
        });
    }

    /** A cart with room for a new line, or one that has a line of the variant already. */
    private Uni<Void> startingLine(CustomerId customer, UUID variantId) {
        return carts.quantity(customer, variantId).chain(quantity -> quantity > 0 ? Uni.createFrom().voidItem()
                : carts.lineCount(customer).invoke(Cart::refuseNewLine).replaceWithVoid());
    }

    private Uni<Cart> priced(CustomerId customer) {
        return carts.lines(customer).chain(lines -> {
            if (lines.isEmpty()) {
                return Uni.createFrom().item(new Cart(List.of()));
            }
            List<String> skus = lines.stream().map(Carts.CartLine::sku).toList();
            return catalog.variantsBySku(skus).chain(found -> stock.levels(lines.stream().map(Carts.CartLine::variantId).toList())
                    .map(levels -> {
                        Map<String, VariantOnSale> bySku = found.stream()
                                .collect(Collectors.toMap(v -> v.variant().sku(), Function.identity()));
                        return new Cart(lines.stream().map(line -> item(line, bySku.get(line.sku()), levels.get(line.variantId())))
                                .toList());
                    }));
        });
    }

    private static CartItem item(Carts.CartLine line, VariantOnSale variant, StockLevel level) {
        return new CartItem(line.variantId(), variant.variant().productId(), variant.categoryId(), line.sku(), variant.productName(),
                variant.variant().price(), line.quantity(), variant.sellable(), level == null ? 0 : level.available());
    }
}
