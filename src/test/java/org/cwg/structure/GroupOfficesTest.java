package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An office held in one of the Union's groups is no employer. */
class GroupOfficesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "WP 3K",
        "Chair, Working Party 6C",
        "ITU-R WP 4B",
        "Vice-Chairman, ITU-T Study Group 11",
        "SG13 Liaison Rapporteur",
        "WP 6C Rapporteur",
        "Rapporteur for Question 4/1",
        "Associate Rapporteur, Q9/16",
        "Rapporteur, Q.5/12",
        "Co-Rapporteur for Question 2/1",
        "Vice-Rapporteur, Question 7/2",
        "Président de la Commission d'études 11 de l'UIT-T",
        "Presidente de la Comisión de Estudio 3 del UIT-D",
        "Председатель 2-й Исследовательской комиссии МСЭ-D",
        "Chair of TSAG",
        "ITU-R Task Group 6/2",
        "Rapporteur, TG 10/3",
        "Convener",
        "Co-convenor",
        "Chairman, ITU-T FG-QKD",
        "Vice-Chair, ITU-T Focus Group on Digital Twins (FG-DT)",
        "Rapporteur, TSAG RG-ST",
        "Associate Rapporteur, TSAG Rapporteur Group on Strategy",
        "Convener, Ad hoc group",
        "ITU-T JCA-IoT",
        "Convener, Ad hoc Group on Numbering Resources",
        "Chairman, Correspondence Group on Spectrum Tools",
        "Chairman, FG QoS",
        "Vice-Chair, FG-MEC",
        "Rapporteur, RG-RES",
        "Chairman, TDAG-WG-Budget",
        "Convener, TSAG WG-Methods",
        "Rapporteur for WP 2/17",
        "Rapporteur, Numbering Plans",
        "Associate Rapporteur for the Principles of Tariffs"
      })
  void anOfficeInAGroupNamesNoOrganization(String organization) {
    assertTrue(GroupOffices.namesNoOrganization(organization), organization);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Nordic Cable Networks AB",
        "Ministry of Communications",
        "ACME Networks, WP 3K delegation",
        "Broadband Forum",
        "Study Group on Rural Networks of ACME",
        "Focus Group on Rural Networks of ACME",
        "Chairman, ACME Networks",
        "Chair, IEEE 802.11 WG",
        "Rapporteur, ACME Networks",
        "Rapporteur, Korea Telecom 2",
        "ITU"
      })
  void anEmployerStays(String organization) {
    assertFalse(GroupOffices.namesNoOrganization(organization), organization);
  }
}
