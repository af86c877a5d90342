package org.pattoo.api;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.pattoo.auth.Caller;

/**
 * Who sent the current web API request, as the request's gate authenticated it, and from which
 * address (the TCP peer: a forwarded-for header is never believed).
 */
@RequestScoped
public class CurrentCaller {

  private Caller caller;
  private String address = "";

  public void set(Optional<Caller> caller, String address) {
    this.caller = caller.orElse(null);
    this.address = address;
  }

  public Optional<Caller> get() {
    return Optional.ofNullable(caller);
  }

  public String address() {
    return address;
  }
}
