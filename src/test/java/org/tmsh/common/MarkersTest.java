package org.tmsh.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Inline-code markers numbered as a memory stores them. */
class MarkersTest {

    @Test
    void numbersRunFromOneInOrderAndAClosingMarkerTakesItsOpeningOnesNumber() {
        assertEquals("Danach ⟨1⟩Lawrow⟨/1⟩ mit ⟨2⟩Putin⟨/2⟩.⟨3/⟩", Markers.canonical("Danach ⟨3⟩Lawrow⟨/3⟩ mit ⟨4⟩Putin⟨/4⟩.⟨7/⟩"));
        assertEquals("⟨1⟩a ⟨2⟩b⟨/2⟩ c⟨/1⟩", Markers.canonical("⟨5⟩a ⟨2⟩b⟨/2⟩ c⟨/5⟩"));
    }

    @Test
    void aMarkerWithoutItsPartnerIsStandaloneAsTmxItIsReadBack() {
        assertEquals("⟨1/⟩Erster Satz.", Markers.canonical("⟨4⟩Erster Satz."));
        assertEquals("Zweiter Satz.⟨1/⟩", Markers.canonical("Zweiter Satz.⟨/4⟩"));
        List<Markers.Marker> m = Markers.of("⟨4⟩a⟨/4⟩ ⟨/9⟩");
        assertEquals(List.of(1, 0, -1), m.stream().map(Markers.Marker::partner).toList());
        assertEquals(List.of(1, 1, 2), m.stream().map(Markers.Marker::number).toList());
    }

    @Test
    void textWithoutMarkersIsUnchanged() {
        assertEquals("", Markers.canonical(""));
        assertEquals("Lawrow ⟨traf⟩ Putin.", Markers.canonical("Lawrow ⟨traf⟩ Putin."));
        assertEquals(List.of(), Markers.of("kein Code"));
    }
}
