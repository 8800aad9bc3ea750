/**
 * Typed requests and results of every legacy LVB API, and the stream-mixing body.
 * <p>
 * Java names are idiomatic; JSON names are exactly LVB's ({@code @JsonbProperty}). Reading is lenient where LVB's
 * sources disagree (numbers sent as strings, arrays where objects are documented, unknown fields); writing produces
 * exactly the documented wire names. Request records validate themselves when constructed, so an invalid request
 * fails with a {@link dev.lvb.core.error.LvbValidationException} before anything is sent.
 */
package dev.lvb.core.model;
