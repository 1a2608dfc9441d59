package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.Cart;

/** A quantity of one SKU for a customer's cart: add it, or set the line to it. */
public record CartLineCommand(CustomerId customerId, String sku, int quantity) {

    public CartLineCommand {
        Require.present(customerId, "customerId");
        sku = Require.text(sku, "sku", 64);
        Cart.checkedQuantity(quantity);
    }
}
