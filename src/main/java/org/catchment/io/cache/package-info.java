/**
 * The per-user cache of built folders ({@link org.catchment.io.cache.CacheStore}): items found by a
 * fingerprint key, built under a hidden name and published by a rename, every file checksummed
 * (CRC32C, {@code Manifest}) and checked before use, a lease per item so that nothing removes an
 * item a running analysis holds, and least-recently-used eviction to a size limit. Where it lives
 * and its limit are settings ({@link org.catchment.io.cache.CacheSettings}, read from the user's
 * settings file through {@link org.catchment.Settings}). The network cache is
 * its one user: {@code analysis} puts it together with {@code network.NetworkCache}, which reads and
 * writes the files of one network.
 *
 * <p>May use: {@code io}. Libraries: none.
 */
package org.catchment.io.cache;
