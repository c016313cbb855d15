package org.cwg.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cwg.model.Contact;
import org.cwg.parse.Block.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources as covers write them: Member States from the official list, others as written. */
class SourcesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "United Kingdom of Great Britain and Northern Ireland"
            + "|United Kingdom of Great Britain and Northern Ireland",
        "du Sénégal|Sénégal",
        "de la Fédération de Russie et de la République de Corée"
            + "|Fédération de Russie;République de Corée",
        "la Federación de Rusia y el Reino Unido de Gran Bretaña e Irlanda del Norte"
            + "|Federación de Rusia;Reino Unido de Gran Bretaña e Irlanda del Norte",
        "Brazil and Bosnia and Herzegovina|Brazil;Bosnia and Herzegovina",
        "the Administration of Senegal|Senegal",
        "Senegal (Republic of)|Senegal (Republic of)",
        "Huawei Technologies Co., Ltd. (China), Kenya (Republic of)"
            + "|Huawei Technologies Co., Ltd. (China);Kenya (Republic of)",
        "Royaume de Belgique|Belgique (Royaume de)",
        "República de Chile|Chile (República de)",
        "Perú (República del)|Perú (República del)",
        "Argentina (República), Chile (República de)|Argentina (República);Chile (República de)",
        "Argentine (République)|Argentine (République)",
        "Ministry of Science and ICT|Ministry of Science and ICT",
        "China Mobile Communications Corporation|China Mobile Communications Corporation",
        "Tsinghua University, China Academy of Information and Communications Technology (CAICT)"
            + "|Tsinghua University;China Academy of Information and Communications Technology"
            + " (CAICT)",
        "Brazil and the Telecommunications Regulatory Authority (TRA)"
            + "|Brazil;Telecommunications Regulatory Authority (TRA)",
        "Huawei Technologies Co., Ltd., ZTE Corporation"
            + "|Huawei Technologies Co., Ltd.;ZTE Corporation",
        "the Russian Federation and Intel Corporation|Russian Federation;Intel Corporation",
        "Российская Федерация|Российская Федерация",
        "Chair, Working Party 1/17|Chair, Working Party 1/17",
        "Convener, Ad hoc group on Tariff Principles|Convener, Ad hoc group on Tariff Principles",
        "Rapporteur, Question 4/17 and Japan|Rapporteur, Question 4/17;Japan",
        "Vice-Chair, ITU-D Study Group 1|Vice-Chair, ITU-D Study Group 1",
        "People's Republic of China and Republic of Korea"
            + "|China (People's Republic of);Korea (Republic of)",
        "Democratic People's Republic of Korea|Democratic People's Republic of Korea",
        "Telefonaktiebolaget LM Ericsson and Nokia Corporation"
            + "|Telefonaktiebolaget LM Ericsson;Nokia Corporation",
        "Nippon Telegraph and Telephone Corporation, NEC Corporation"
            + "|Nippon Telegraph and Telephone Corporation;NEC Corporation",
        "Samsung Electronics Co., Ltd. and Intel Corporation"
            + "|Samsung Electronics Co., Ltd.;Intel Corporation",
        "Fraunhofer HHI; Ministry of Health and Social Protection, Colombia"
            + "|Fraunhofer HHI;Ministry of Health and Social Protection, Colombia",
        "Ministry of Information and Communications Technology, Ghana"
            + "|Ministry of Information and Communications Technology, Ghana",
        "Oxford Internet Institute, University of Oxford"
            + "|Oxford Internet Institute, University of Oxford",
        "Stanford University, University of Oxford|Stanford University;University of Oxford",
        "Ghana, Kenya|Ghana;Kenya",
        "Estados Unidos Mexicanos|México",
        "Estados Unidos de América, Estados Unidos Mexicanos|Estados Unidos de América;México",
        "Swiss Confederation|Switzerland",
        "United Nations Educational, Scientific and Cultural Organization (UNESCO)"
            + "|United Nations Educational, Scientific and Cultural Organization (UNESCO)",
        "Kenya, Uganda, Tanzania (URT)|Kenya;Uganda;Tanzania (URT)",
        "Agence nationale des fréquences (ANFR), France|Agence nationale des fréquences (ANFR), France",
        "Oficina Nacional de Espectro (ONE), Uruguay|Oficina Nacional de Espectro (ONE), Uruguay",
        "Bureau of Radio Planning (BRP), Ghana, Kenya|Bureau of Radio Planning (BRP);Ghana;Kenya",
        "Acme Telecom S.A., Spain|Acme Telecom S.A.;Spain",
        "Office of Spectrum (OOS), Kenya (Republic of)|Office of Spectrum (OOS);Kenya (Republic of)",
        "جمهورية السودان|السودان (جمهورية)",
        "República Oriental del Uruguay|Uruguay (República Oriental del)",
        "Viet Nam, Vietnam Posts and Telecommunications Group (VNPT)"
            + "|Viet Nam;Vietnam Posts and Telecommunications Group (VNPT)",
        "China Mobile and China Unicom (CU)|China Mobile;China Unicom (CU)",
        "Centre for Information Technology Law (CIPIT), Strathmore University"
            + "|Centre for Information Technology Law (CIPIT), Strathmore University",
        "Nokia Bell Labs and University College London|Nokia Bell Labs;University College London",
        "Ministry of Science and University Affairs|Ministry of Science and University Affairs",
        "República Dominicana|Dominicana (República)",
        "la République centrafricaine|Centrafricaine (République)",
        "Internet Policy Project, Ruritania Institute of Technology"
            + "|Internet Policy Project, Ruritania Institute of Technology",
        "Laboratoire d'études du numérique, Université de Ruritanie et Association des usagers"
            + "|Laboratoire d'études du numérique, Université de Ruritanie;Association des usagers",
        "Facultad de Ciencias Físicas y Matemáticas de la Universidad de Chile"
            + "|Facultad de Ciencias Físicas y Matemáticas de la Universidad de Chile",
        "Department of Physics and Astronomy of the University of Kent and Kenya"
            + "|Department of Physics and Astronomy of the University of Kent;Kenya",
        "Grupo de Radiofrecuencia (GRF), Universidad de Borduria"
            + "|Grupo de Radiofrecuencia (GRF), Universidad de Borduria",
        "University of Ruritania, Faculty of Electrical Engineering"
            + "|University of Ruritania, Faculty of Electrical Engineering",
        "Escuela Técnica Superior de Ingenieros, Universidad Politécnica de Borduria"
            + "|Escuela Técnica Superior de Ingenieros, Universidad Politécnica de Borduria",
        "Telekom Ruritanije, d.d., Acme Telecom d.o.o."
            + "|Telekom Ruritanije, d.d.;Acme Telecom d.o.o.",
        "Internet Society and Association for Progressive Communications"
            + "|Internet Society;Association for Progressive Communications",
        "Tunisie (République tunisienne) et Égypte (République arabe d')"
            + "|Tunisie (République tunisienne);Égypte (République arabe d')",
        "Кыргызской Республики и Азербайджанской Республики"
            + "|Кыргызская Республика;Азербайджанская Республика",
        "Ruritel Group Limited and Syldavian Digital Networks"
            + "|Ruritel Group Limited;Syldavian Digital Networks",
        "Universidad Técnica de Borduria y Corporación Nacional de Telecomunicaciones (CNT)"
            + "|Universidad Técnica de Borduria;Corporación Nacional de Telecomunicaciones (CNT)",
        "Ruritel Mess GmbH & Co. KG and Syldavia Instruments, Inc."
            + "|Ruritel Mess GmbH & Co. KG;Syldavia Instruments, Inc.",
        "Bill & Ruth Example Foundation|Bill & Ruth Example Foundation",
        "Ruritel, Ltd., Central Research Laboratory|Ruritel, Ltd., Central Research Laboratory",
        "Ruritel Networks, Syldavia Labs|Ruritel Networks, Syldavia Labs",
        "Ruritel Company Limited (RTL), Regulatory Affairs Unit"
            + "|Ruritel Company Limited (RTL), Regulatory Affairs Unit",
        "Zambia Example Company Limited (ZEC), Regulatory and Interconnection Unit"
            + "|Zambia Example Company Limited (ZEC), Regulatory and Interconnection Unit",
        "Cable Example Laboratories, Inc., Ruritel Limited"
            + "|Cable Example Laboratories, Inc.;Ruritel Limited",
        "Institut Ruritanie-Télécom, Université de Borduria"
            + "|Institut Ruritanie-Télécom;Université de Borduria",
        "Instituto Bordurio de Electricidad (IBE), Universidad de Borduria"
            + "|Instituto Bordurio de Electricidad (IBE);Universidad de Borduria",
        "Instituto de Ingeniería Eléctrica, Universidad de Borduria"
            + "|Instituto de Ingeniería Eléctrica, Universidad de Borduria",
        "Председатель Рабочей группы по вопросам политики, касающимся интернета"
            + "|Председатель Рабочей группы по вопросам политики, касающимся интернета",
        "Republic of The Gambia|Gambia (Republic of the)",
        "El Salvador (República de), Guatemala (República de)"
            + "|El Salvador (República de);Guatemala (República de)",
        "RURITEL ELECTRIC INDUSTRY CO., LTD.|RURITEL ELECTRIC INDUSTRY CO., LTD.",
        "Autoridad Nacional de los Servicios Públicos (ASEP), Panamá"
            + "|Autoridad Nacional de los Servicios Públicos (ASEP), Panamá",
        "Commonwealth of The Bahamas and Republic of The Gambia"
            + "|Bahamas (Commonwealth of the);Gambia (Republic of the)",
        "Convenor, Ad hoc Group on Numbering, Naming and Addressing"
            + "|Convenor, Ad hoc Group on Numbering, Naming and Addressing",
        "Chair, Working Group on Tariffs, Kenya and Ghana"
            + "|Chair, Working Group on Tariffs;Kenya;Ghana",
        "Rapporteur, Group on Spectrum, Ruritel Networks"
            + "|Rapporteur, Group on Spectrum;Ruritel Networks",
        "Office national des forêts, de l'eau et des sols (ONFES)"
            + "|Office national des forêts, de l'eau et des sols (ONFES)",
        "Agence pour la mer, l'énergie et le climat"
            + "|Agence pour la mer, l'énergie et le climat",
      })
  void splitsIntoMemberStatesAndEntities(String written, String expected) {
    assertEquals(List.of(expected.split(";")), Sources.split(written));
  }

  @Test
  void oneContactLabelMayHoldTwoPeople() {
    Cover cover =
        Cover.of(
            List.of(
                new CoverLine("Contact:", Region.TABLE),
                new CoverLine("Ana Silva", Region.TABLE),
                new CoverLine("Anatel", Region.TABLE),
                new CoverLine("Brazil", Region.TABLE),
                new CoverLine("E-mail: ana.silva@example.br", Region.TABLE),
                new CoverLine("Luis Pérez", Region.TABLE),
                new CoverLine("Telefónica", Region.TABLE),
                new CoverLine("Tel: +34 91 000 00 00", Region.TABLE),
                new CoverLine("E-mail: luis.perez@example.es", Region.TABLE)));
    assertEquals(
        List.of(
            new Contact("Ana Silva", "Anatel", "ana.silva@example.br"),
            new Contact("Luis Pérez", "Telefónica", "luis.perez@example.es")),
        CoverContacts.read(cover.values(CoverLabel.CONTACT)));
  }
}
