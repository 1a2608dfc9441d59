package com.converge.booking.config;

import com.converge.booking.application.port.inbound.AddRateCardUseCase;
import com.converge.booking.application.port.inbound.ManageCatalogUseCase;
import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.application.port.inbound.CompensateCustomerUseCase;
import com.converge.booking.application.port.inbound.CreateBookingUseCase;
import com.converge.booking.application.port.inbound.FindBookingUseCase;
import com.converge.booking.application.port.inbound.ListBookingsUseCase;
import com.converge.booking.application.port.inbound.RescheduleBookingUseCase;
import com.converge.booking.application.port.inbound.ManageProvidersUseCase;
import com.converge.booking.application.port.inbound.MoveBookingUseCase;
import com.converge.booking.application.port.inbound.FindCustomerUseCase;
import com.converge.booking.application.port.inbound.ManageAddressesUseCase;
import com.converge.booking.application.port.inbound.RegisterCustomerUseCase;
import com.converge.booking.application.port.inbound.ManageCommissionRatesUseCase;
import com.converge.booking.application.port.inbound.PaymentsUseCase;
import com.converge.booking.application.port.inbound.SettleProvidersUseCase;
import com.converge.booking.application.port.inbound.WalletUseCase;
import com.converge.booking.application.port.outbound.Addresses;
import com.converge.booking.application.port.outbound.BookingEvents;
import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.application.port.outbound.Invoices;
import com.converge.booking.application.port.outbound.Providers;
import com.converge.booking.application.port.outbound.CatalogReadModel;
import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.application.port.outbound.CreditNotes;
import com.converge.booking.application.port.outbound.PaymentAccounts;
import com.converge.booking.application.port.outbound.PaymentEvents;
import com.converge.booking.application.port.outbound.Commissions;
import com.converge.booking.application.port.outbound.Settlements;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.application.service.AddRateCardService;
import com.converge.booking.application.service.ManageCatalogService;
import com.converge.booking.application.service.BrowseCatalogService;
import com.converge.booking.application.service.CompensateCustomerService;
import com.converge.booking.application.service.CreateBookingService;
import com.converge.booking.application.service.FindBookingService;
import com.converge.booking.application.service.ListBookingsService;
import com.converge.booking.application.service.RescheduleBookingService;
import com.converge.booking.application.service.ManageProvidersService;
import com.converge.booking.application.service.MoveBookingService;
import com.converge.booking.application.service.ManageCommissionRatesService;
import com.converge.booking.application.service.PaymentsService;
import com.converge.booking.application.service.Refunding;
import com.converge.booking.application.service.SettleProvidersService;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.CancellationPolicy;
import com.converge.booking.domain.booking.ReschedulePolicy;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.booking.domain.payment.AdvancePolicy;
import com.converge.booking.domain.wallet.ReferralReward;
import com.converge.booking.application.service.FindCustomerService;
import com.converge.booking.application.service.ManageAddressesService;
import com.converge.booking.application.service.RegisterCustomerService;
import com.converge.booking.application.service.WalletService;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application services are plain Java; this is where they meet CDI. */
public class BookingWiring {

    @Produces
    @ApplicationScoped
    BrowseCatalogUseCase browseCatalog(CatalogReadModel catalog, TimeSource clock) {
        return new BrowseCatalogService(catalog, clock);
    }

    @Produces
    @ApplicationScoped
    AddRateCardUseCase addRateCard(UnitOfWork unitOfWork, CatalogRepository catalog, CatalogReadModel readModel) {
        return new AddRateCardService(unitOfWork, catalog, readModel);
    }

    @Produces
    @ApplicationScoped
    ManageCatalogUseCase manageCatalog(UnitOfWork unitOfWork, CatalogRepository catalog, CatalogReadModel readModel) {
        return new ManageCatalogService(unitOfWork, catalog, readModel);
    }

    @Produces
    @ApplicationScoped
    RegisterCustomerUseCase registerCustomer(UnitOfWork unitOfWork, Customers customers, CustomerEvents events, TimeSource clock) {
        return new RegisterCustomerService(unitOfWork, customers, events, clock);
    }

    @Produces
    @ApplicationScoped
    FindCustomerUseCase findCustomer(UnitOfWork unitOfWork, Customers customers) {
        return new FindCustomerService(unitOfWork, customers);
    }

    @Produces
    @ApplicationScoped
    ManageAddressesUseCase manageAddresses(UnitOfWork unitOfWork, Customers customers, Addresses addresses) {
        return new ManageAddressesService(unitOfWork, customers, addresses);
    }

    @Produces
    @ApplicationScoped
    WalletUseCase wallet(UnitOfWork unitOfWork, WalletLedger ledger, CustomerEvents events, TimeSource clock) {
        return new WalletService(unitOfWork, ledger, events, clock);
    }

    @Produces
    @ApplicationScoped
    ManageProvidersUseCase manageProviders(UnitOfWork unitOfWork, Providers providers) {
        return new ManageProvidersService(unitOfWork, providers);
    }

    @Produces
    @ApplicationScoped
    CreateBookingUseCase createBooking(UnitOfWork unitOfWork, Addresses addresses, CatalogReadModel catalog, Bookings bookings,
                                       BookingEvents events, BookingSettings settings, TimeSource clock) {
        return new CreateBookingService(unitOfWork, addresses, catalog, bookings, events, supplierState(settings), clock);
    }

    @Produces
    @ApplicationScoped
    FindBookingUseCase findBooking(UnitOfWork unitOfWork, Bookings bookings, Invoices invoices) {
        return new FindBookingService(unitOfWork, bookings, invoices);
    }

    @Produces
    @ApplicationScoped
    MoveBookingUseCase moveBooking(UnitOfWork unitOfWork, Bookings bookings, Providers providers, Invoices invoices,
                                   BookingEvents events, Customers customers, WalletLedger ledger, CustomerEvents customerEvents,
                                   PaymentAccounts accounts, Refunding refunding, BookingSettings settings, TimeSource clock) {
        return new MoveBookingService(unitOfWork, bookings, providers, invoices, events,
                new InvoiceSeries(settings.invoiceSeries()), supplierState(settings),
                cancellationPolicy(settings),
                customers, ledger, customerEvents, new ReferralReward(new Money(settings.referralReward())), accounts,
                new AdvancePolicy(settings.minimumAdvance()), refunding, clock);
    }

    @Produces
    @ApplicationScoped
    Refunding refunding(PaymentAccounts accounts, Bookings bookings, Invoices invoices, CreditNotes creditNotes,
                        WalletLedger ledger, CustomerEvents customerEvents, PaymentEvents events, BookingSettings settings) {
        return new Refunding(accounts, bookings, invoices, creditNotes, ledger, customerEvents, events,
                new InvoiceSeries(settings.creditNoteSeries()), supplierState(settings));
    }

    @Produces
    @ApplicationScoped
    PaymentsUseCase payments(UnitOfWork unitOfWork, PaymentAccounts accounts, CreditNotes creditNotes, WalletLedger ledger,
                             CustomerEvents customerEvents, PaymentEvents events, Refunding refunding,
                             BookingSettings settings, TimeSource clock) {
        return new PaymentsService(unitOfWork, accounts, creditNotes, ledger, customerEvents, events, refunding,
                new AdvancePolicy(settings.minimumAdvance()), clock);
    }

    @Produces
    @ApplicationScoped
    SettleProvidersUseCase settleProviders(UnitOfWork unitOfWork, Settlements settlements, PaymentEvents events,
                                           BookingSettings settings, TimeSource clock) {
        return new SettleProvidersService(unitOfWork, settlements, events, settings.commissionDefault(), clock);
    }

    @Produces
    @ApplicationScoped
    ManageCommissionRatesUseCase manageCommissionRates(UnitOfWork unitOfWork, Commissions commissions, BookingSettings settings,
                                                       TimeSource clock) {
        return new ManageCommissionRatesService(unitOfWork, commissions, settings.commissionDefault(), clock);
    }

    @Produces
    @ApplicationScoped
    CompensateCustomerUseCase compensateCustomer(UnitOfWork unitOfWork, WalletLedger ledger, CustomerEvents events, TimeSource clock) {
        return new CompensateCustomerService(unitOfWork, ledger, events, clock);
    }

    @Produces
    @ApplicationScoped
    RescheduleBookingUseCase rescheduleBooking(UnitOfWork unitOfWork, Bookings bookings, Providers providers,
                                               PaymentAccounts accounts, BookingEvents events, BookingSettings settings,
                                               TimeSource clock) {
        return new RescheduleBookingService(unitOfWork, bookings, providers, accounts, events,
                new ReschedulePolicy(settings.rescheduleWindow(), new Money(settings.rescheduleFee()), settings.rescheduleLimit()),
                cancellationPolicy(settings), clock);
    }

    @Produces
    @ApplicationScoped
    ListBookingsUseCase listBookings(UnitOfWork unitOfWork, Bookings bookings) {
        return new ListBookingsService(unitOfWork, bookings);
    }

    private static CancellationPolicy cancellationPolicy(BookingSettings settings) {
        return new CancellationPolicy(settings.cancellationWindow(), new Money(settings.cancellationFee()));
    }

    private static StateCode supplierState(BookingSettings settings) {
        return StateCode.valueOf(settings.supplierState());
    }
}
