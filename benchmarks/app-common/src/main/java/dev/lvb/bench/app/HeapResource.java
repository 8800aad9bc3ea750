package dev.lvb.bench.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Heap in use after full collections, for the "heap after load" figure. */
@Path("/bench/heap")
public class HeapResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String heap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        MemoryUsage nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        long classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        return "{\"used\":" + heap.getUsed() + ",\"committed\":" + heap.getCommitted() + ",\"nonHeapUsed\":"
                + nonHeap.getUsed() + ",\"classes\":" + classes + "}";
    }
}
