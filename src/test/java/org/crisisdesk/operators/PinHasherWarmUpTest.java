package org.crisisdesk.operators;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The warm-up derives a throw-away key only: hashing and verifying are unchanged by it. */
class PinHasherWarmUpTest {
    @Test
    void warmUpLeavesHashesAsTheyWere() {
        PinHasher hasher = new PinHasher(1000);
        String stored = hasher.hash("246810".toCharArray());
        PinHasher.warmUp();
        assertTrue(hasher.verify("246810".toCharArray(), stored));
        assertFalse(hasher.verify("000000".toCharArray(), stored));
    }
}
