/**
 * The shared foundation of the LVB modules: the "t + sign" signature ({@link dev.lvb.core.LvbSignature},
 * {@link dev.lvb.core.LvbSigner}, {@link dev.lvb.core.LvbSignatureVerifier}), credentials, CST time conversion,
 * the catalogue of legacy APIs ({@link dev.lvb.core.LvbInterface}) and the wire options on which LVB's sources
 * disagree ({@link dev.lvb.core.LvbWireOptions}).
 * <p>
 * Packages: {@code dev.lvb.core.model} (requests and results), {@code dev.lvb.core.event} (notifications),
 * {@code dev.lvb.core.error} (exceptions). {@code dev.lvb.core.internal} is shared by this project's modules and is
 * not an API.
 */
package dev.lvb.core;
