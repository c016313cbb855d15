package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cwg.model.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ITU-T cover's Purpose row, as each of ITU's languages labels it. */
class CoverPurposeLabelsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Purpose:", "Objet:", "Objeto:", "Propósito:", "Цель:"})
  void eachLanguagesPurposeLabelIsAPurpose(String label) {
    assertEquals(CoverLabel.PURPOSE, CoverLabel.in(label + " Discusión").label());
  }

  @Test
  void aSpanishCoversObjetoRowIsItsPurposeNotPartOfTheTitle() {
    Metadata metadata =
        CoverOfLines.read(
            "T17-SG03-C-0045!!MSW-S.docx",
            "UNIÓN INTERNACIONAL DE TELECOMUNICACIONES",
            "SECTOR DE NORMALIZACIÓN DE LAS TELECOMUNICACIONES",
            "SG3-C45",
            "COMISIÓN DE ESTUDIO 3",
            "Original: español",
            "CONTRIBUCIÓN",
            "Origen:\tRuritania",
            "Título:\tPropuesta sobre los principios de tasación de los servicios de ejemplo",
            "Objeto:\tDebate",
            "Contacto:\tAna Ejemplo");
    assertEquals(
        "Propuesta sobre los principios de tasación de los servicios de ejemplo", metadata.title());
    assertEquals("Debate", metadata.purpose());
  }
}
