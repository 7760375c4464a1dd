package org.catchment.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap figures from the JVM's management beans: the heap still in use after a full collection
 * (what a result retains), and the peak since the last reset summed over the heap pools (an upper
 * bound of the true peak, since the pools need not peak at the same moment).
 */
final class Heap {

    private static final double MB = 1024.0 * 1024.0;

    private Heap() {
    }

    /** @return heap used after asking for two full collections, MB */
    static double usedAfterGcMb() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / MB;
    }

    /** Starts a new peak measurement. */
    static void resetPeak() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** @return the sum of the heap pools' peak use since {@link #resetPeak()}, MB */
    static double peakMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / MB;
    }

    /** @return the largest heap the JVM may use (-Xmx), MB */
    static double maxMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }
}
