package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.CartLineCommand;
import com.converge.order.application.port.inbound.CartUseCase;
import com.converge.order.application.port.inbound.ViewCartQuery;
import com.converge.order.application.port.inbound.WishlistUseCase;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.Wishlists;
import com.converge.order.domain.WishedItem;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

public class WishlistService implements WishlistUseCase {

    private final UnitOfWork unitOfWork;
    private final Wishlists wishlists;
    private final Catalog catalog;
    private final CartService cart;
    private final TimeSource clock;

    public WishlistService(UnitOfWork unitOfWork, Wishlists wishlists, Catalog catalog, CartService cart, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.wishlists = wishlists;
        this.catalog = catalog;
        this.cart = cart;
        this.clock = clock;
    }

    @Override
    public Uni<Boolean> wishVariant(CustomerId customer, String sku) {
        return unitOfWork.transactionally(() -> cart.onSale(sku).chain(variant -> add(customer, variant.variant().productId(),
                variant.variant().id())));
    }

    @Override
    public Uni<Boolean> wishProduct(CustomerId customer, UUID productId) {
        return unitOfWork.transactionally(() -> catalog.product(productId).chain(found -> {
            var product = found.orElseThrow(() -> new NotFoundException("product", productId));
            if (!product.active()) {
                throw new BusinessRuleViolation("productId", product.name() + " is not for sale");
            }
            return add(customer, productId, null);
        }));
    }

    private Uni<Boolean> add(CustomerId customer, UUID productId, UUID variantId) {
        return wishlists.add(customer, productId, variantId, clock.now()).call(added -> !added ? Uni.createFrom().voidItem()
                : wishlists.size(customer).invoke(size -> {
                    if (size > WishedItem.MAX_ITEMS) {
                        throw new BusinessRuleViolation("wishlist", "a wishlist holds at most " + WishedItem.MAX_ITEMS + " items");
                    }
                }));
    }

    @Override
    public Uni<Void> forgetVariant(CustomerId customer, String sku) {
        return unitOfWork.transactionally(() -> catalog.variantsBySku(List.of(sku)).chain(found -> found.isEmpty()
                ? Uni.createFrom().voidItem()
                : wishlists.remove(customer, found.get(0).variant().id()).replaceWithVoid()));
    }

    @Override
    public Uni<Void> forgetProduct(CustomerId customer, UUID productId) {
        return unitOfWork.transactionally(() -> wishlists.remove(customer, productId).replaceWithVoid());
    }

    @Override
    public Uni<List<WishedItem>> of(CustomerId customer) {
        return unitOfWork.reading(() -> wishlists.of(customer));
    }

    @Override
    public Uni<CartUseCase.CartView> moveToCart(CartLineCommand command) {
        return unitOfWork.transactionally(() -> cart.onSale(command.sku()).chain(variant -> wishlists.removeVariantOrItsProduct(
                        command.customerId(), variant.variant().id(), variant.variant().productId())
                .invoke(removed -> {
                    if (removed == 0) {
                        throw new NotFoundException("wishlist item", command.sku());
                    }
                })
                .chain(() -> cart.addWithin(command, variant))))
                .chain(() -> cart.view(ViewCartQuery.plain(command.customerId())));
    }
}
