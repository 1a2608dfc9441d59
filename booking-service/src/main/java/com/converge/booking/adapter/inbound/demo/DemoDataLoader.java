package com.converge.booking.adapter.inbound.demo;

import com.converge.booking.application.port.inbound.AddAddressCommand;
import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.application.port.inbound.CreateBookingCommand;
import com.converge.booking.application.port.inbound.CreateBookingUseCase;
import com.converge.booking.application.port.inbound.ListBookingsQuery;
import com.converge.booking.application.port.inbound.ListBookingsUseCase;
import com.converge.booking.application.port.inbound.ManageAddressesUseCase;
import com.converge.booking.application.port.inbound.ManageProvidersUseCase;
import com.converge.booking.application.port.inbound.MoveBookingUseCase;
import com.converge.booking.application.port.inbound.PaymentsUseCase;
import com.converge.booking.application.port.inbound.RecordPaymentCommand;
import com.converge.booking.application.port.inbound.RegisterCustomerCommand;
import com.converge.booking.application.port.inbound.RegisterCustomerUseCase;
import com.converge.booking.application.port.inbound.RegisterProviderCommand;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.catalog.CatalogSection;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.booking.domain.customer.Address;
import com.converge.booking.domain.customer.EmailAddress;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.payment.PaymentMethod;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Role;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import net.datafaker.Faker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Loads demo data like the source design's through the use cases, so every CustomerRegistered,
 * BookingCreated, BookingConfirmed, ... goes out as in real life. Everything is planned first from
 * one seeded faker (datafaker's Indian locale, en-IN), so a run with the same size plans the same people, and is loaded
 * only where its natural key is missing: customers by their fixed id (from {@link #FIRST_CUSTOMER_ID}),
 * providers by phone number, a customer's addresses and bookings only while they have none. A
 * second run adds nothing.
 */
@ApplicationScoped
public class DemoDataLoader {

    /** Demo customers are 900001, 900002, ...: `deploy/local/token.sh --role CUSTOMER --sub 900001` acts as the first. */
    public static final long FIRST_CUSTOMER_ID = 900_000;
    static final int BOOKABLE_DAYS = 14;
    private static final Caller LOADER = new Caller("demo-data", Set.of(Role.ADMIN));
    // datafaker 2.x keeps its Indian names in en-IN.yml: Locale("en", "IND") finds no such file and falls back to en.
    private static final Locale INDIA = new Locale("en", "IN");
    // en-IN has no street names of its own, so streets are built the Indian way from its surnames.
    private static final List<String> LOCALITIES = List.of("Nagar", "Colony", "Layout", "Road", "Marg", "Enclave", "Cross Road");
    private static final List<String> CANCEL_REASONS = List.of("Plans changed", "Booked by mistake", "Found a local technician",
            "Will not be at home", "Price too high");

    private final RegisterCustomerUseCase registerCustomer;
    private final ManageAddressesUseCase addresses;
    private final ManageProvidersUseCase providers;
    private final BrowseCatalogUseCase catalog;
    private final CreateBookingUseCase createBooking;
    private final MoveBookingUseCase moveBooking;
    private final ListBookingsUseCase listBookings;
    private final PaymentsUseCase payments;
    private final TimeSource clock;

    DemoDataLoader(RegisterCustomerUseCase registerCustomer, ManageAddressesUseCase addresses, ManageProvidersUseCase providers,
                   BrowseCatalogUseCase catalog, CreateBookingUseCase createBooking, MoveBookingUseCase moveBooking,
                   ListBookingsUseCase listBookings, PaymentsUseCase payments, TimeSource clock) {
        this.registerCustomer = registerCustomer;
        this.addresses = addresses;
        this.providers = providers;
        this.catalog = catalog;
        this.createBooking = createBooking;
        this.moveBooking = moveBooking;
        this.listBookings = listBookings;
        this.payments = payments;
        this.clock = clock;
    }

    /** What a run added; all zero when everything was there already. */
    public record Loaded(@Schema(example = "150") int customers, @Schema(example = "203") int addresses,
                         @Schema(example = "120") int providers, @Schema(example = "140") int bookings) {
    }

    private enum Outcome { PENDING, CONFIRMED, COMPLETED, CANCELLED }

    private record ProviderPlan(String name, MobileNumber phone, boolean verified, BigDecimal rating, Set<Integer> subcategoryIds,
                                Set<Pincode> pincodes, boolean bookable) {
    }

    private record BookingPlan(int address, List<Long> rateCardIds, int quantity, int day, LocalTime start, Outcome outcome,
                               String cancelReason) {
    }

    private record CustomerPlan(CustomerId id, String name, MobileNumber phone, EmailAddress email, List<Address> addresses,
                                List<BookingPlan> bookings) {
    }

    private static final class Tally {
        final AtomicInteger customers = new AtomicInteger();
        final AtomicInteger addresses = new AtomicInteger();
        final AtomicInteger providers = new AtomicInteger();
        final AtomicInteger bookings = new AtomicInteger();

        Loaded loaded() {
            return new Loaded(customers.get(), addresses.get(), providers.get(), bookings.get());
        }
    }

    public Uni<Loaded> load(DemoDataSize size) {
        LocalDate firstDay = LocalDate.ofInstant(clock.now(), ServiceSlot.INDIA).plusDays(1);
        Tally tally = new Tally();
        return catalog.bookableAt(DemoCity.ALL.get(0).pincode(0)).chain(sections -> {
            List<List<RateCard>> categories = sections.stream()
                    .map(section -> section.offers().stream().map(CatalogSection.Offer::rateCards)
                            .map(cards -> cards.stream().filter(RateCard::isOfferedEverywhere).findFirst())
                            .flatMap(Optional::stream).toList())
                    .filter(cards -> !cards.isEmpty())
                    .toList();
            Faker faker = new Faker(INDIA, new Random(size.seed()));
            Random random = new Random(size.seed());
            List<ProviderPlan> providerPlans = planProviders(faker, random, size, categories);
            List<CustomerPlan> customerPlans = planCustomers(faker, random, size, categories);
            return inTurn(providerPlans, plan -> loadProvider(plan, firstDay, tally))
                    .chain(() -> inTurn(customerPlans, plan -> loadCustomer(plan, firstDay, tally)));
        }).map(done -> tally.loaded());
    }

    private static List<ProviderPlan> planProviders(Faker faker, Random random, DemoDataSize size, List<List<RateCard>> categories) {
        List<ProviderPlan> plans = new ArrayList<>();
        for (int i = 1; i <= size.providers(); i++) {
            boolean bookable = i <= DemoDataSize.BOOKABLE_PROVIDERS;
            DemoCity city = DemoCity.ALL.get(random.nextInt(DemoCity.ALL.size()));
            Set<Pincode> pincodes = new LinkedHashSet<>();
            if (bookable) {
                for (int k = 0; k < DemoCity.RESIDENTIAL_PINCODES; k++) {
                    pincodes.add(city.pincode(k));
                }
            } else {
                for (int k = 0; k < 5; k++) {
                    pincodes.add(city.pincode(random.nextInt(DemoCity.ALL_PINCODES)));
                }
            }
            Set<Integer> subcategories = new HashSet<>();
            categories.get(random.nextInt(categories.size())).forEach(card -> subcategories.add(card.subcategoryId()));
            BigDecimal rating = BigDecimal.valueOf(350 + random.nextInt(151), 2).setScale(2, RoundingMode.UNNECESSARY);
            plans.add(new ProviderPlan(faker.name().firstName() + " " + faker.name().lastName(),
                    new MobileNumber("+9171" + String.format("%08d", i)), random.nextInt(10) != 0, rating, subcategories,
                    pincodes, bookable));
        }
        return plans;
    }

    private static List<CustomerPlan> planCustomers(Faker faker, Random random, DemoDataSize size, List<List<RateCard>> categories) {
        List<CustomerPlan> plans = new ArrayList<>();
        for (int i = 1; i <= size.customers(); i++) {
            CustomerId id = new CustomerId(FIRST_CUSTOMER_ID + i);
            String first = faker.name().firstName();
            String last = faker.name().lastName();
            DemoCity city = DemoCity.ALL.get(random.nextInt(DemoCity.ALL.size()));
            List<Address> homes = new ArrayList<>();
            int count = i % 3 == 0 ? 2 : 1;
            for (int a = 0; a < count; a++) {
                homes.add(new Address(0, id, a == 0 ? "Home" : "Office",
                        (1 + random.nextInt(400)) + ", " + faker.name().lastName() + " "
                                + LOCALITIES.get(random.nextInt(LOCALITIES.size())), null, city.name(), city.state(),
                        city.pincode(random.nextInt(DemoCity.RESIDENTIAL_PINCODES)), a == 0));
            }
            String email = (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "." + id.value() + "@example.in";
            plans.add(new CustomerPlan(id, first + " " + last, new MobileNumber("+9170" + String.format("%08d", i)),
                    new EmailAddress(email), homes, new ArrayList<>()));
        }
        for (int b = 0; b < size.bookings(); b++) {
            CustomerPlan customer = plans.get(random.nextInt(plans.size()));
            List<RateCard> category = categories.get(random.nextInt(categories.size()));
            List<Long> cards = new ArrayList<>(List.of(category.get(random.nextInt(category.size())).id()));
            RateCard second = category.get(random.nextInt(category.size()));
            if (random.nextInt(3) == 0 && !cards.contains(second.id())) {
                cards.add(second.id());
            }
            int roll = random.nextInt(100);
            Outcome outcome = roll < 35 ? Outcome.PENDING : roll < 60 ? Outcome.CONFIRMED : roll < 85 ? Outcome.COMPLETED : Outcome.CANCELLED;
            customer.bookings().add(new BookingPlan(random.nextInt(customer.addresses().size()), cards, 1 + random.nextInt(2),
                    random.nextInt(BOOKABLE_DAYS), ServiceSlot.STARTS.get(random.nextInt(ServiceSlot.STARTS.size())), outcome,
                    CANCEL_REASONS.get(random.nextInt(CANCEL_REASONS.size()))));
        }
        return plans;
    }

    private Uni<Void> loadProvider(ProviderPlan plan, LocalDate firstDay, Tally tally) {
        return providers.findByPhone(plan.phone()).chain(found -> found.isPresent() ? Uni.createFrom().voidItem()
                : providers.register(new RegisterProviderCommand(plan.name(), plan.phone(), plan.verified(), true, plan.rating(),
                                plan.subcategoryIds(), plan.pincodes()))
                        .invoke(() -> tally.providers.incrementAndGet())
                        .chain(provider -> plan.bookable() ? providers.declareOpen(provider.id(), everySlot(firstDay))
                                : Uni.createFrom().voidItem()));
    }

    private static List<ServiceSlot> everySlot(LocalDate firstDay) {
        List<ServiceSlot> slots = new ArrayList<>();
        for (int day = 0; day < BOOKABLE_DAYS; day++) {
            for (LocalTime start : ServiceSlot.STARTS) {
                slots.add(new ServiceSlot(firstDay.plusDays(day), start));
            }
        }
        return slots;
    }

    private Uni<Void> loadCustomer(CustomerPlan plan, LocalDate firstDay, Tally tally) {
        Caller self = new Caller(Long.toString(plan.id().value()), Set.of(Role.CUSTOMER));
        return registerCustomer.register(new RegisterCustomerCommand(plan.id(), plan.name(), plan.phone(), plan.email(), null))
                .invoke(() -> tally.customers.incrementAndGet()).replaceWithVoid()
                .onFailure(ConflictException.class).recoverWithItem((Void) null)
                .chain(() -> addresses.list(plan.id(), self))
                .chain(existing -> existing.isEmpty()
                        ? inTurn(plan.addresses(), address -> addresses.add(new AddAddressCommand(address, self))
                                .invoke(() -> tally.addresses.incrementAndGet()).replaceWithVoid())
                                .chain(() -> addresses.list(plan.id(), self))
                        : Uni.createFrom().item(existing))
                .chain(homes -> listBookings.list(new ListBookingsQuery(plan.id(), Set.of(), null, null, null, 1, LOADER))
                        .chain(page -> page.items().isEmpty()
                                ? inTurn(plan.bookings(), booking -> book(plan.id(), homes.get(booking.address() % homes.size()),
                                        booking, firstDay, self, tally))
                                : Uni.createFrom().voidItem()));
    }

    private Uni<Void> book(CustomerId customer, Address address, BookingPlan plan, LocalDate firstDay, Caller self, Tally tally) {
        ServiceSlot slot = new ServiceSlot(firstDay.plusDays(plan.day()), plan.start());
        List<CreateBookingCommand.Item> items = plan.rateCardIds().stream()
                .map(card -> new CreateBookingCommand.Item(card, plan.quantity(), slot)).toList();
        return createBooking.create(new CreateBookingCommand(customer, address.id(), items))
                .invoke(() -> tally.bookings.incrementAndGet())
                .chain(booking -> paid(booking, plan, self))
                .chain(booking -> playOut(booking.id(), plan, self));
    }

    /** Every booking that goes further than pending is paid in full by UPI up front, so it may be confirmed. */
    private Uni<Booking> paid(Booking booking, BookingPlan plan, Caller self) {
        if (plan.outcome() == Outcome.PENDING) {
            return Uni.createFrom().item(booking);
        }
        return payments.record(new RecordPaymentCommand(booking.id(), booking.total(), PaymentMethod.UPI, true,
                        "demo-" + booking.id(), null, self))
                .replaceWith(booking);
    }

    /**
     * Moves a new booking to its planned end. A confirmation nobody can take (409) leaves it pending,
     * as it would in real life; a cancellation refunds what was paid less the fee to the wallet.
     */
    private Uni<Void> playOut(BookingId id, BookingPlan plan, Caller self) {
        return switch (plan.outcome()) {
            case PENDING -> Uni.createFrom().voidItem();
            case CANCELLED -> moveBooking.cancel(id, plan.cancelReason(), RefundDestination.WALLET, self).replaceWithVoid();
            case CONFIRMED -> confirmed(id, booking -> Uni.createFrom().voidItem());
            case COMPLETED -> confirmed(id, booking -> moveBooking.start(id).chain(() -> moveBooking.complete(id)).replaceWithVoid());
        };
    }

    private Uni<Void> confirmed(BookingId id, Function<Booking, Uni<Void>> then) {
        return moveBooking.confirm(id).chain(booking -> then.apply(booking))
                .onFailure(ConflictException.class).recoverWithItem((Void) null);
    }

    /** One after the other: the use cases each run their own transaction, and a reactive session runs one statement at a time. */
    private static <T> Uni<Void> inTurn(List<T> values, Function<T, Uni<Void>> step) {
        return Multi.createFrom().iterable(values).onItem().transformToUniAndConcatenate(value -> step.apply(value)).collect().last().replaceWithVoid();
    }
}
