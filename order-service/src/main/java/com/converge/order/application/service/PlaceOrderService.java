package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.PlaceOrderCommand;
import com.converge.order.application.port.inbound.PlaceOrderUseCase;
import com.converge.order.application.port.outbound.Buyers;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.OrderEvents;
import com.converge.order.application.port.outbound.OrderNumbers;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.application.port.outbound.Reservations;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.application.port.outbound.VariantOnSale;
import com.converge.order.domain.InsufficientStockException;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderLine;
import com.converge.order.domain.OrderNumber;
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
    private final TrustPolicy trust;
    private final OrderSettings settings;
    private final TimeSource clock;

    public PlaceOrderService(UnitOfWork unitOfWork, Catalog catalog, Stock stock, Orders orders, OrderNumbers orderNumbers,
                             Reservations reservations, Buyers buyers, OrderEvents events, TrustPolicy trust,
                             OrderSettings settings, TimeSource clock) {
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
        Instant now = clock.now();
        OrderId id = OrderId.next();
        List<String> skus = command.items().stream().map(PlaceOrderCommand.Item::sku).distinct().toList();
        return unitOfWork.transactionally(() -> catalog.variantsBySku(skus)
                .map(found -> linesOf(command, found))
                .chain(lines -> stock.reserve(Order.demandOf(lines), id.toString(), command.placedBy(), now)
                        .invoke(attempt -> refuseShortages(attempt, lines))
                        .chain(attempt -> buyers.record(command.customerId())
                                .map(buyer -> trust.needsVerificationCall(command.paymentMethod(), buyer))
                                // the day's counter row is locked until commit: take it last
                                .chain(call -> orderNumbers.next(LocalDate.ofInstant(now, settings.businessZone()))
                                        .map(sequence -> Order.place(id, OrderNumber.of(LocalDate.ofInstant(now, settings.businessZone()), sequence),
                                                command.customerId(), command.paymentMethod(), lines, Money.ZERO, call,
                                                command.placedBy(), now)))
                                .chain(order -> store(order, now).chain(() -> events.stockChanged(attempt.changes(), now))
                                        .replaceWith(order)))));
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

    private static List<OrderLine> linesOf(PlaceOrderCommand command, List<VariantOnSale> found) {
        Map<String, VariantOnSale> bySku = found.stream()
                .collect(Collectors.toMap(v -> v.variant().sku(), Function.identity()));
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            PlaceOrderCommand.Item item = command.items().get(i);
            VariantOnSale variant = bySku.get(item.sku());
            if (variant == null) {
                throw new BusinessRuleViolation("items[" + i + "].sku", "no product has SKU " + item.sku());
            }
            if (!variant.sellable()) {
                throw new BusinessRuleViolation("items[" + i + "].sku", item.sku() + " is not for sale");
            }
            lines.add(new OrderLine(variant.variant().id(), item.sku(), variant.productName(), variant.variant().price(),
                    item.quantity()));
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
