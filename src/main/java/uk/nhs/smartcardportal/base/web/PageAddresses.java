package uk.nhs.smartcardportal.base.web;

/**
 * The addresses of the pages that messages link to from outside the portal. An e-mail keeps its link long after
 * it was sent, so these are a promise: the views declare their route with these constants, and the messages build
 * their links from them, so neither can change without the other. Links inside the portal go through each feature's
 * navigation class instead.
 */
public final class PageAddresses {

    public static final String MY_CARD = "my-card";
    public static final String TEAM = "team";
    public static final String STOCK = "stock";

    private PageAddresses() {}
}
