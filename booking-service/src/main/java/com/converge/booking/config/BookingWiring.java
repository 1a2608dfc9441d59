package com.converge.booking.config;

import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.application.port.inbound.FindCustomerUseCase;
import com.converge.booking.application.port.inbound.ManageAddressesUseCase;
import com.converge.booking.application.port.inbound.RegisterCustomerUseCase;
import com.converge.booking.application.port.inbound.WalletUseCase;
import com.converge.booking.application.port.outbound.Addresses;
import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.application.service.BrowseCatalogService;
import com.converge.booking.application.service.FindCustomerService;
import com.converge.booking.application.service.ManageAddressesService;
import com.converge.booking.application.service.RegisterCustomerService;
import com.converge.booking.application.service.WalletService;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The application services are plain Java; this is where they meet CDI. */
public class BookingWiring {

    @Produces
    @ApplicationScoped
    BrowseCatalogUseCase browseCatalog(UnitOfWork unitOfWork, CatalogRepository catalog, TimeSource clock) {
        return new BrowseCatalogService(unitOfWork, catalog, clock);
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
}
