package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.CheckoutCartCommand;
import com.converge.order.application.port.inbound.PlaceOrderCommand;
import com.converge.order.application.port.inbound.PlaceOrderUseCase;
import com.converge.order.application.port.outbound.Buyers;
import com.converge.order.application.port.outbound.Carts;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.OrderEvents;
import com.converge.order.application.port.outbound.OrderNumbers;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Promos;
import com.converge.order.application.port.outbound.Reservations;
import com.converge.order.application.port.outbound.ShippingZones;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.application.port.outbound.VariantOnSale;
import com.converge.order.domain.InsufficientStockException;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderLine;
import com.converge.order.domain.OrderNumber;
import com.converge.order.domain.Promo;
import com.converge.order.domain.ShippingZone;
import com.converge.order.domain.Shortage;
import com.converge.order.domain.TrustPolicy;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

public class PlaceOrderService implements PlaceOrderUseCase {

    private final UnitOfWork unitOfWork;
    private final Catalog catalog;
    private final Stock stock;
    private final Orders orders;
    private final OrderNumbers orderNumbers;
    private final Reservations reservations;
    private final Buyers buyers;
    private final OrderEvents events;
    private final Promos promos;
    private final ShippingZones zones;
    private final TrustPolicy trust;
    private final OrderSettings settings;
    private final TimeSource clock;
    private final Carts carts;

    public PlaceOrderService(UnitOfWork unitOfWork, Catalog catalog, Stock stock, Orders orders, OrderNumbers orderNumbers,
                             Reservations reservations, Buyers buyers, OrderEvents events, Promos promos,
                             ShippingZones zones, TrustPolicy trust, OrderSettings settings, TimeSource clock, Carts carts) {
        this.carts = carts;
        this.promos = promos;
        this.zones = zones;
        this.unitOfWork = unitOfWork;
        this.catalog = catalog;
        this.stock = stock;
        this.orders = orders;
        this.orderNumbers = orderNumbers;
        this.reservations = reservations;
        this.buyers = buyers;
        this.events = events;
        this.trust = trust;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Uni<Order> place(PlaceOrderCommand command) {
        return place(command, i -> "items[" + i + "].sku");
    }

    @Override
    public Uni<Order> placeFromCart(CheckoutCartCommand command) {
        // the cart's rows are locked first: a concurrent change of the cart waits for this order or its refusal
        return unitOfWork.transactionally(() -> carts.linesToOrder(command.customerId()).chain(lines -> {
            if (lines.isEmpty()) {
                throw new BusinessRuleViolation("fromCart", "your cart is empty");
            }
            PlaceOrderCommand order = command.orderOf(lines.stream()
                    .map(line -> new PlaceOrderCommand.Item(line.sku(), line.quantity())).toList());
            return place(order, i -> "cart[" + lines.get(i).sku() + "]")
                    .call(() -> carts.removeOrdered(command.customerId(), lines.stream().map(Carts.CartLine::variantId).toList()));
        }));
    }

    private Uni<Order> place(PlaceOrderCommand command, IntFunction<String> skuField) {
        Instant now = clock.now();
        OrderId id = OrderId.next();
        LocalDate businessDay = LocalDate.ofInstant(now, settings.businessZone());
        List<String> skus = command.items().stream().map(PlaceOrderCommand.Item::sku).distinct().toList();
        return unitOfWork.transactionally(() -> catalog.variantsBySku(skus)
                .map(found -> linesOf(command, found, skuField))
                .chain(priced -> quote(command, priced, now).chain(quote -> {
                    List<OrderLine> lines = priced.stream().map(Promo.PricedLine::line).toList();
                    // locks in one order for every placement: stock rows (by variant id), then the promo's row
                    return stock.reserve(Order.demandOf(lines), id.toString(), command.placedBy(), now)
                            .invoke(attempt -> refuseShortages(attempt, lines))
                            .call(() -> usePromo(command, id, quote, now))
                            .chain(attempt -> buyers.record(command.customerId())
                                    .map(buyer -> trust.needsVerificationCall(command.paymentMethod(), buyer))
                                    .chain(call -> orderNumbers.next(businessDay)
                                            .map(sequence -> Order.place(id, OrderNumber.of(businessDay, sequence),
                                                    command.customerId(), command.paymentMethod(), lines, quote.pricing(), call,
                                                    command.placedBy(), now)))
                                    .chain(order -> store(order, now).chain(() -> events.stockChanged(attempt.changes(), now))
                                            .replaceWith(order)));
                })));
    }

    /** The promo's discount and the shipping fee, before anything is locked. */
    private Uni<Quote> quote(PlaceOrderCommand command, List<Promo.PricedLine> lines, Instant now) {
        Money subtotal = lines.stream().map(l -> l.line().lineTotal()).reduce(Money.ZERO, Money::plus);
        Uni<Promo> promo = command.promoCode() == null ? Uni.createFrom().nullItem()
                : promos.find(command.promoCode()).map(found -> found.orElseThrow(
                        () -> new BusinessRuleViolation("promoCode", "no promo code " + command.promoCode())));
        return promo.chain(code -> {
            Money discount = code == null ? Money.ZERO : code.discountOn(lines, now);
            if (command.shipTo() == null) {
                return Uni.createFrom().item(new Quote(new Order.Pricing(discount, command.promoCode(), Money.ZERO, null), code));
            }
            return zones.all().map(all -> ShippingZone.forDestination(all, command.shipTo()).feeFor(subtotal.minus(discount)))
                    .map(fee -> new Quote(new Order.Pricing(discount, command.promoCode(), fee, command.shipTo()), code));
        });
    }

    private Uni<Void> usePromo(PlaceOrderCommand command, OrderId id, Quote quote, Instant now) {
        Promo promo = quote.promo();
        if (promo == null) {
            return Uni.createFrom().voidItem();
        }
        return promos.takeUse(promo.code())
                .invoke(taken -> {
                    if (!taken) {
                        throw new ConflictException("promo-used-up", promo.code() + " has been used as often as it may be");
                    }
                })
                .chain(() -> promo.perCustomerLimit() == null ? Uni.createFrom().item(0) : promos.usesBy(promo.code(), command.customerId()))
                .invoke(uses -> {
                    if (promo.perCustomerLimit() != null && uses >= promo.perCustomerLimit()) {
                        throw new BusinessRuleViolation("promoCode", "you have used " + promo.code() + " as often as a customer may");
                    }
                })
                .chain(() -> promos.redeemed(promo.code(), command.customerId(), id, quote.pricing().discount(), now));
    }

    private record Quote(Order.Pricing pricing, Promo promo) {
    }

    private Uni<Void> store(Order order, Instant now) {
        boolean call = order.awaitsVerificationCall();
        Instant expiresAt = now.plus(call ? settings.verificationHold() : settings.reservationTtl());
        Uni<Void> stored = orders.add(order)
                .chain(() -> reservations.hold(order.id(), expiresAt, now))
                .chain(() -> events.placed(order));
        if (!call) {
            return stored;
        }
        return stored.chain(() -> buyers.verificationRequested(order.id(), order.customerId(), now))
                .chain(() -> events.verificationRequested(order));
    }

    private static List<Promo.PricedLine> linesOf(PlaceOrderCommand command, List<VariantOnSale> found,
                                                  IntFunction<String> skuField) {
        Map<String, VariantOnSale> bySku = found.stream()
                .collect(Collectors.toMap(v -> v.variant().sku(), Function.identity()));
        List<Promo.PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            PlaceOrderCommand.Item item = command.items().get(i);
            VariantOnSale variant = bySku.get(item.sku());
            if (variant == null) {
                throw new BusinessRuleViolation(skuField.apply(i), "no product has SKU " + item.sku());
            }
            if (!variant.sellable()) {
                throw new BusinessRuleViolation(skuField.apply(i), item.sku() + " is not for sale");
            }
            lines.add(new Promo.PricedLine(new OrderLine(variant.variant().id(), item.sku(), variant.productName(),
                    variant.variant().price(), item.quantity()), variant.variant().productId(), variant.categoryId()));
        }
        return lines;
    }

    private static void refuseShortages(Stock.ReservationAttempt attempt, List<OrderLine> lines) {
        if (attempt.complete()) {
            return;
        }
        Map<UUID, Integer> wanted = Order.demandOf(lines);
        List<Shortage> shortages = new ArrayList<>();
        for (Map.Entry<UUID, Integer> shortVariant : attempt.shortVariantsAvailable().entrySet()) {
            String sku = lines.stream().filter(l -> l.variantId().equals(shortVariant.getKey())).findFirst()
                    .map(OrderLine::sku).orElseThrow();
            shortages.add(new Shortage(sku, wanted.get(shortVariant.getKey()), Math.max(0, shortVariant.getValue())));
        }
        throw new InsufficientStockException(shortages);
    }
}
