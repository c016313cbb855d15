package org.cwg.structure;

import static org.cwg.structure.Outlines.assertOutline;
import static org.cwg.structure.Outlines.plain;

import org.junit.jupiter.api.Test;

/**
 * A corrigendum's cover ends with a one-sentence note saying what it replaces, then the
 * replacement's heading over the proposal's block: however short the note, it is the body's prose,
 * so the line under it heads the body.
 */
class ShortCoveringNoteTest {

  @Test
  void theHeadingUnderAShortCoveringNoteIsRead() {
    assertOutline(
        plain(
            String.join(
                "\n",
                "CONFERENCIA MUNDIAL DE PRUEBAS (CMP-30)",
                "Lisboa, 1-10 de junio de 2030",
                "SESIÓN PLENARIA\t\tCorrigendum 2 al",
                "Documento 17-S",
                "3 de mayo de 2030",
                "Original: español",
                "Portugal",
                "PROPUESTAS PARA LOS TRABAJOS DE LA CONFERENCIA",
                "Cámbiese la propuesta POR/17/4 por el texto de abajo.",
                "Texto enmendado",
                "POR/17/4",
                "MOD",
                "RESOLUCIÓN 12 (Rev. Lisboa, 2030)",
                "Pruebas de las redes en todas las regiones",
                "La Conferencia Mundial de Pruebas (Lisboa, 2030),",
                "resuelve",
                "1 seguir probando las redes de cada región cada año;",
                "Motivos: El texto enmendado da las fechas que el anexo de la Resolución 12 usa.")),
        "other|1||Texto enmendado");
  }
}
