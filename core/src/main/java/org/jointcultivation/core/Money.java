package org.jointcultivation.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.jointcultivation.core.internal.Checks;

/**
 * A positive amount of money in one currency, such as research funds agreed or disbursed.
 *
 * <p>Amounts compare by value: {@code 10.0 CNY} equals {@code 10 CNY}.
 *
 * @param amount the amount, strictly positive, at most {@value #MAX_INTEGER_DIGITS} digits before the
 *     decimal point and {@value #MAX_DECIMAL_PLACES} after it, normalised without trailing zeros
 * @param currency the currency
 * @since 0.1.0
 */
public record Money(BigDecimal amount, Currency currency) {
  /** Most digits before the decimal point: amounts up to a quadrillion less one minor unit. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** Most decimal places: finer than any currency's minor unit. */
  public static final int MAX_DECIMAL_PLACES = 6;

  /**
   * Creates an amount.
   *
   * @throws ValidationException if {@code amount} is zero or negative, or out of bounds
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    Checks.positive("Money", null, "amount", amount);
    // Bounded before anything computes with it: 1e999999999 is 11 characters of input and a
    // billion digits once added to another amount.
    Checks.check(amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS, "Money", null, "amount", amount,
        "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
    amount = amount.stripTrailingZeros();
    Checks.check(amount.scale() <= MAX_DECIMAL_PLACES, "Money", null, "amount", amount,
        "must have at most " + MAX_DECIMAL_PLACES + " decimal places");
  }

  /**
   * Parses {@code amount} and looks up {@code currencyCode} (ISO 4217, e.g. {@code CNY}).
   *
   * @throws ValidationException if the amount is not positive or the currency is unknown
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currencyCode, "currencyCode");
    BigDecimal value;
    try {
      value = new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new ValidationException("Money", null, "amount", amount, "must be a decimal number");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          "Money", null, "currency", currencyCode, "must be an ISO 4217 currency code");
    }
    return new Money(value, currency);
  }

  /** Adds an amount in the same currency. */
  public Money plus(Money other) {
    Checks.check(
        currency.equals(other.currency),
        "Money",
        null,
        "currency",
        other.currency,
        "must match " + currency + " to be added");
    return new Money(amount.add(other.amount), currency);
  }

  /** Renders as {@code 5000 CNY}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
