package com.converge.order.config;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.BrowseCatalogUseCase;
import com.converge.order.application.port.inbound.CompleteVerificationUseCase;
import com.converge.order.application.port.inbound.ExpireReservationsUseCase;
import com.converge.order.application.port.inbound.FindOrdersUseCase;
import com.converge.order.application.port.inbound.ManageCatalogUseCase;
import com.converge.order.application.port.inbound.ManageShopRulesUseCase;
import com.converge.order.application.port.inbound.MoveOrderUseCase;
import com.converge.order.application.port.inbound.PlaceOrderUseCase;
import com.converge.order.application.port.inbound.ReviewProductsUseCase;
import com.converge.order.application.port.inbound.ShopAnalyticsUseCase;
import com.converge.order.application.port.inbound.RefundOrderUseCase;
import com.converge.order.application.port.inbound.StockUseCase;
import com.converge.order.application.port.inbound.WishlistUseCase;
import com.converge.order.application.port.outbound.Buyers;
import com.converge.order.application.port.outbound.Carts;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.OrderEvents;
import com.converge.order.application.port.outbound.OrderNumbers;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Refunds;
import com.converge.order.application.port.outbound.Promos;
import com.converge.order.application.port.outbound.Reservations;
import com.converge.order.application.port.outbound.Reviews;
import com.converge.order.application.port.outbound.ShopAnalytics;
import com.converge.order.application.port.outbound.ShippingZones;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.application.port.outbound.Wishlists;
import com.converge.order.application.service.BrowseCatalogService;
import com.converge.order.application.service.CartService;
import com.converge.order.application.service.CompleteVerificationService;
import com.converge.order.application.service.ExpireReservationsService;
import com.converge.order.application.service.FindOrdersService;
import com.converge.order.application.service.ManageCatalogService;
import com.converge.order.application.service.ManageShopRulesService;
import com.converge.order.application.service.MoveOrderService;
import com.converge.order.application.service.OrderAftermath;
import com.converge.order.application.service.OrderSettings;
import com.converge.order.application.service.PlaceOrderService;
import com.converge.order.application.service.RefundOrderService;
import com.converge.order.application.service.ReviewProductsService;
import com.converge.order.application.service.ShopAnalyticsService;
import com.converge.order.application.service.StockService;
import com.converge.order.application.service.WishlistService;
import com.converge.order.domain.TrustPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The application services are plain Java; this is where they meet CDI. */
public class OrderWiring {

    @Produces
    @Singleton
    OrderSettings settings(OrderConfig config) {
        return new OrderSettings(config.reservationTtl(), config.verificationHold(), config.returnWindow(), config.businessZone());
    }

    @Produces
    @Singleton
    OrderAftermath aftermath(Orders orders, Stock stock, Reservations reservations, Refunds refunds, Buyers buyers,
                             OrderEvents events) {
        return new OrderAftermath(orders, stock, reservations, refunds, buyers, events);
    }

    @Produces
    @ApplicationScoped
    ManageCatalogUseCase manageCatalog(UnitOfWork unitOfWork, Catalog catalog, Stock stock, TimeSource clock) {
        return new ManageCatalogService(unitOfWork, catalog, stock, clock);
    }

    @Produces
    @ApplicationScoped
    BrowseCatalogUseCase browseCatalog(UnitOfWork unitOfWork, Catalog catalog) {
        return new BrowseCatalogService(unitOfWork, catalog);
    }

    @Produces
    @ApplicationScoped
    StockUseCase stock(UnitOfWork unitOfWork, Stock stock, OrderEvents events, TimeSource clock) {
        return new StockService(unitOfWork, stock, events, clock);
    }

    @Produces
    @ApplicationScoped
    PlaceOrderUseCase placeOrder(UnitOfWork unitOfWork, Catalog catalog, Stock stock, Orders orders, OrderNumbers numbers,
                                 Reservations reservations, Buyers buyers, OrderEvents events, Promos promos,
                                 ShippingZones zones, OrderConfig config, OrderSettings settings, TimeSource clock, Carts carts) {
        return new PlaceOrderService(unitOfWork, catalog, stock, orders, numbers, reservations, buyers, events, promos, zones,
                new TrustPolicy(config.trustedBuyerMinDelivered()), settings, clock, carts);
    }

    /** Also the wishlist's way into the cart, so it is produced as itself (and so as its CartUseCase). */
    @Produces
    @Singleton
    CartService cart(UnitOfWork unitOfWork, Carts carts, Catalog catalog, Stock stock, Promos promos, ShippingZones zones,
                            TimeSource clock) {
        return new CartService(unitOfWork, carts, catalog, stock, promos, zones, clock);
    }

    @Produces
    @ApplicationScoped
    WishlistUseCase wishlist(UnitOfWork unitOfWork, Wishlists wishlists, Catalog catalog, CartService cart, TimeSource clock) {
        return new WishlistService(unitOfWork, wishlists, catalog, cart, clock);
    }

    @Produces
    @ApplicationScoped
    ManageShopRulesUseCase manageShopRules(UnitOfWork unitOfWork, Promos promos, ShippingZones zones) {
        return new ManageShopRulesService(unitOfWork, promos, zones);
    }

    @Produces
    @ApplicationScoped
    ShopAnalyticsUseCase shopAnalytics(UnitOfWork unitOfWork, ShopAnalytics analytics, OrderSettings settings, TimeSource clock) {
        return new ShopAnalyticsService(unitOfWork, analytics, settings, clock);
    }

    @Produces
    @ApplicationScoped
    ReviewProductsUseCase reviewProducts(UnitOfWork unitOfWork, Reviews reviews) {
        return new ReviewProductsService(unitOfWork, reviews);
    }

    @Produces
    @ApplicationScoped
    MoveOrderUseCase moveOrder(UnitOfWork unitOfWork, Orders orders, Reservations reservations, OrderAftermath aftermath,
                               OrderSettings settings, TimeSource clock) {
        return new MoveOrderService(unitOfWork, orders, reservations, aftermath, settings, clock);
    }

    @Produces
    @ApplicationScoped
    ExpireReservationsUseCase expireReservations(UnitOfWork unitOfWork, Orders orders, Reservations reservations,
                                                 OrderAftermath aftermath, OrderEvents events, TimeSource clock) {
        return new ExpireReservationsService(unitOfWork, orders, reservations, aftermath, events, clock);
    }

    @Produces
    @ApplicationScoped
    CompleteVerificationUseCase completeVerification(Orders orders, Buyers buyers, OrderAftermath aftermath, TimeSource clock) {
        return new CompleteVerificationService(orders, buyers, aftermath, clock);
    }

    @Produces
    @ApplicationScoped
    RefundOrderUseCase refundOrder(UnitOfWork unitOfWork, Orders orders, Refunds refunds, TimeSource clock) {
        return new RefundOrderService(unitOfWork, orders, refunds, clock);
    }

    @Produces
    @ApplicationScoped
    FindOrdersUseCase findOrders(UnitOfWork unitOfWork, Orders orders, Reservations reservations, Buyers buyers,
                                 TimeSource clock) {
        return new FindOrdersService(unitOfWork, orders, reservations, buyers, clock);
    }
}
