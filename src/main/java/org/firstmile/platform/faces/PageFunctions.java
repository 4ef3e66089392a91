package org.firstmile.platform.faces;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The EL functions of the {@code fm:} tag library ({@code #{fm:date(m.dueDate)}}, {@code #{fm:longDate(d)}},
 * {@code #{fm:dateTime(e.occurredAt)}}, {@code #{fm:figure(value)}}, {@code #{fm:money(g.amount, g.currency)}},
 * {@code #{fm:label(m.status)}}, {@code #{fm:statusClass(m.status)}}): how every page formats dates, moments, figures
 * and money, and names enum values. A function is bound once when the page is compiled; a converter is a component per cell, and a
 * method call in EL ({@code #{m.status.label()}}) looks its method up again on every row.
 */
public final class PageFunctions {

    private static final Locale UK = Locale.UK;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", UK)
            .withZone(ZoneId.of("Europe/London"));
    /** One currency format per currency code seen, copied for each use (looking one up anew is slow). */
    private static final Map<String, NumberFormat> MONEY = new ConcurrentHashMap<>();

    /** The {@code label()} of an enum or record that has one; looked up once per type. */
    private static final ClassValue<Method> LABEL = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                Method label = type.getMethod("label");
                return label.getReturnType() == String.class ? label : null;
            } catch (NoSuchMethodException e) {
                return null;
            }
        }
    };

    private PageFunctions() {
    }

    /** A date as people in the UK read it, for example "5 Mar 2026"; empty when there is none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A date with its month in full, for example "5 March 2026"; empty when there is none. */
    public static String longDate(LocalDate date) {
        return date == null ? "" : LONG_DATE.format(date);
    }

    /** A moment as people in the UK read it, for example "5 Mar 2026 14:05"; empty when there is none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A figure without needless decimals: 455, 12.5; empty when there is none. */
    public static String figure(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** An amount in its currency (GBP when none is given), for example "£12,500.00"; empty when there is none. */
    public static String money(BigDecimal amount, String currencyCode) {
        if (amount == null) {
            return "";
        }
        String code = currencyCode == null || currencyCode.isBlank() ? "GBP" : currencyCode.strip();
        // Formats are not thread-safe: each call formats with its own copy of the currency's format.
        return ((NumberFormat) MONEY.computeIfAbsent(code, PageFunctions::moneyFormat).clone()).format(amount);
    }

    private static NumberFormat moneyFormat(String currencyCode) {
        NumberFormat format = NumberFormat.getCurrencyInstance(UK);
        format.setCurrency(Currency.getInstance(currencyCode));
        return format;
    }

    /** The words for a status or kind: its {@code label()}, or its name when it has none; empty for null. */
    public static String label(Object value) {
        if (value == null) {
            return "";
        }
        Method label = LABEL.get(value.getClass());
        if (label == null) {
            return value.toString();
        }
        try {
            return (String) label.invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read the label of " + value, e);
        }
    }

    /** The badge classes for a status: {@code fm-status fm-status-in_progress}; {@code planned} when there is none. */
    public static String statusClass(Enum<?> status) {
        return "fm-status fm-status-" + (status == null ? "planned" : status.name().toLowerCase(Locale.ROOT));
    }
}
