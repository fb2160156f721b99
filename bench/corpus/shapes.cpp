// The sections themselves. Each heading, lead-in and table header is one of
// the forms docs/real-charters.md lists, in our own words.
#include <algorithm>
#include <cctype>
#include <string>

#include "sections.h"

namespace bench {
namespace {

struct Theme {
  Tri text;
  const char* anchor;
};

Tri WithOrg(const Tri& form, const Tri& org) {
  Tri out;
  for (int lang = 0; lang < kLangs; ++lang) out[lang] = ReplaceAll(form[lang], "{O}", org[lang]);
  return out;
}

Tri Ended(Tri text, const char* en, const char* fr, const char* cy) {
  text[kEn] += en;
  text[kFr] += fr;
  text[kCy] += cy;
  return text;
}

Tri Cells(const std::string& value) { return {{value, value, value}}; }

const std::vector<Theme> kMarkedThemes{
    {{{"When you contact us", "Lorsque vous nous contactez", "Pan fyddwch yn cysylltu â ni"}}, "contact"},
    {{{"Finding what you need", "Trouver ce qu'il vous faut", "Dod o hyd i'r hyn sydd ei angen arnoch"}}, "access"},
    {{{"Borrowing and requests", "Prêts et demandes", "Benthyca a cheisiadau"}}, "requests"},
    {{{"When things go wrong", "En cas de problème", "Pan fydd pethau'n mynd o chwith"}}, "complaints"},
    {{{"Access for everyone", "Un accès pour tous", "Mynediad i bawb"}}, "inclusion"},
    {{{"Keeping our word", "Tenir parole", "Cadw ein gair"}}, "reporting"}};

const std::vector<Theme> kQualityThemes{
    {{{"Quick and reliable", "Rapide et fiable", "Cyflym a dibynadwy"}}, "quick"},
    {{{"Keeping you informed", "Vous tenir informé", "Eich cadw'n wybodus"}}, "informed"},
    {{{"Easy access", "Un accès facile", "Mynediad hawdd"}}, "easy-access"},
    {{{"Getting it right", "Bien faire du premier coup", "Ei gael yn iawn"}}, "right-first-time"}};

// Lead-ins in matching pairs: the same promise opens every translation.
const std::vector<Tri> kLeadIns{
    {{"We will:", "Nous nous engageons à :", "Byddwn yn:"}},
    {{"You can expect us to:", "Vous pouvez compter sur nous pour :", "Gallwch ddisgwyl i ni:"}}};

}  // namespace

void SectionWriter::Scope() {
  Heading({{"Who this is for", "À qui s'adresse ce document", "I bwy mae'r ddogfen hon"}}, "scope");
  Paragraph(WithOrg(
      {{"This document sets out the service {O} promises everyone who uses it: residents, "
        "students, visitors and local businesses.",
        "Ce document présente le service que {O} promet à toutes les personnes qui l'utilisent : "
        "habitants, étudiants, visiteurs et entreprises locales.",
        "Mae'r ddogfen hon yn nodi'r gwasanaeth y mae {O} yn ei addo i bawb sy'n ei ddefnyddio: "
        "trigolion, myfyrwyr, ymwelwyr a busnesau lleol."}},
      doc_.org));
  if (rng_.Chance(50))
    Paragraph({{"Since 2014 the service has held the Customer Service Excellence award, and it "
                "reviews these promises every year with the people who use it.",
                "Depuis 2014, le service détient le label Customer Service Excellence et revoit "
                "ces engagements chaque année avec ses usagers.",
                "Ers 2014 mae'r gwasanaeth wedi dal gwobr Rhagoriaeth Gwasanaeth i Gwsmeriaid, ac "
                "mae'n adolygu'r addewidion hyn bob blwyddyn gyda'r bobl sy'n ei ddefnyddio."}});
  if (const DocInfo* other = Earlier())
    Paragraph({{"How we measure these promises is explained in " + Link(*other, kEn) + ".",
                "La façon dont nous mesurons ces engagements est expliquée dans " +
                    Link(*other, kFr) + ".",
                "Esbonnir sut rydym yn mesur yr addewidion hyn yn " + Link(*other, kCy) + "."}});
}

void SectionWriter::About() {
  Heading({{"About us", "Qui sommes-nous", "Amdanom ni"}}, "about");
  Paragraph(WithOrg(
      {{"{O} runs branches in the town centre and in the villages around it, a mobile library "
        "and an online service.",
        "{O} gère des établissements en centre-ville et dans les villages alentour, un bibliobus "
        "et un service en ligne.",
        "Mae {O} yn rhedeg canghennau yng nghanol y dref ac yn y pentrefi o'i chwmpas, llyfrgell "
        "deithiol a gwasanaeth ar-lein."}},
      doc_.org));
  Paragraph({{"We wrote these promises with the people who use our services, and we revise them "
              "as your needs change.",
              "Nous avons rédigé ces engagements avec les personnes qui utilisent nos services, et "
              "nous les faisons évoluer avec vos besoins.",
              "Ysgrifennwyd yr addewidion hyn gyda'r bobl sy'n defnyddio ein gwasanaethau, ac rydym "
              "yn eu diwygio wrth i'ch anghenion newid."}});
}

void SectionWriter::Measuring() {
  Heading({{"How we measure", "Comment nous mesurons", "Sut rydym yn mesur"}}, "measuring");
  Paragraph({{"A working day is Monday to Friday, not counting bank holidays or the days between "
              "Christmas and New Year when we are closed.",
              "Les jours ouvrés vont du lundi au vendredi, hors jours fériés et jours de fermeture entre "
              "Noël et le Nouvel An.",
              "Diwrnod gwaith yw dydd Llun i ddydd Gwener, heb gyfrif gwyliau banc na'r dyddiau rhwng "
              "y Nadolig a'r Flwyddyn Newydd pan fyddwn ar gau."}});
  Paragraph({{"Our figures come from our enquiry system, our telephone reports and a survey of our "
              "customers each spring.",
              "Nos chiffres proviennent de notre logiciel de suivi des demandes, des rapports de notre "
              "standard téléphonique et d'une enquête menée chaque printemps auprès de nos usagers.",
              "Daw ein ffigurau o'n system ymholiadau, adroddiadau ein system ffôn ac arolwg o'n "
              "cwsmeriaid bob gwanwyn."}});
}

void SectionWriter::MarkedSentences() {
  const Theme& theme = rng_.Pick(kMarkedThemes);
  Heading(theme.text, theme.anchor);
  const int items = 3 + static_cast<int>(rng_.Below(3));
  for (int i = 0; i < items; ++i) {
    const Topic& topic = AnyTopic();
    MarkedItem(Fill(topic, topic.sentence), topic.slug, &topic);
  }
}

void SectionWriter::LeadIn() {
  const Theme& theme = rng_.Pick(kQualityThemes);
  Heading(theme.text, theme.anchor);
  Paragraph(rng_.Pick(kLeadIns));
  const int items = 4 + static_cast<int>(rng_.Below(4));
  for (int i = 0; i < items; ++i) {
    const Topic* topic = nullptr;
    const Tri fragment = FragmentItem(topic);
    const Tri text = i + 1 == items ? Ended(fragment, ".", ".", ".") : Ended(fragment, ";", " ;", ";");
    if (doc_.marked)
      MarkedItem(text, topic != nullptr ? topic->slug : "promise", topic);
    else
      Item(text);
  }
}

void SectionWriter::Staff() {
  Heading({{"How we treat you", "Notre accueil", "Sut rydym yn eich trin"}}, "treatment");
  Paragraph({{"Our staff will be:", "Notre équipe s'engage à être :", "Bydd ein staff:"}});
  const int items = 2 + static_cast<int>(rng_.Below(2));
  for (int i = 0; i < items; ++i) {
    const Tri& quality = StaffQualities()[(i + rng_.Below(2)) % StaffQualities().size()];
    if (doc_.marked)
      MarkedItem(quality, "staff", nullptr);
    else
      Item(quality);
  }
}

void SectionWriter::ToBullets() {
  Heading({{"Our service standards", "Nos normes de service", "Ein safonau gwasanaeth"}}, "standards");
  Paragraph({{"Our standards are:", "Nos engagements de service sont les suivants :", "Ein safonau yw:"}});
  const int items = 3 + static_cast<int>(rng_.Below(4));
  for (int i = 0; i < items; ++i) {
    const Topic& topic = AnyTopic();
    Tri text = Fill(topic, topic.fragment);
    text[kEn] = "To " + text[kEn] + ".";
    // French infinitives and Welsh verb-nouns open the bullet themselves.
    for (int lang : {kFr, kCy}) {
      text[lang][0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[lang][0])));
      text[lang] += ".";
    }
    Item(text);
  }
}

void SectionWriter::Passive() {
  Heading({{"What you can expect", "Ce que vous pouvez attendre", "Beth allwch ei ddisgwyl"}}, "expect");
  Paragraph({{"These standards apply in every branch during opening hours.",
              "Ces normes s'appliquent dans chaque établissement pendant les heures d'ouverture.",
              "Mae'r safonau hyn yn berthnasol ym mhob cangen yn ystod oriau agor."}});
  const int items = 3 + static_cast<int>(rng_.Below(4));
  for (int i = 0; i < items; ++i) {
    const Topic& topic = AnyTopic();
    Item(Fill(topic, topic.passive));
  }
}

void SectionWriter::Numbered() {
  Heading({{"Our promises in brief", "Nos engagements en bref", "Ein haddewidion yn gryno"}}, "in-brief");
  const int items = 3 + static_cast<int>(rng_.Below(3));
  for (int i = 0; i < items; ++i) {
    const Topic& topic = AnyTopic();
    Item(Fill(topic, topic.sentence), Block::kOrderedItem);
  }
}

void SectionWriter::Conditional() {
  Heading({{"Writing to us", "Nous écrire", "Ysgrifennu atom"}}, "writing");
  Paragraph({{"If you email or write to us, we will:", "Si vous nous écrivez, nous nous engageons à :",
              "Os byddwch yn ysgrifennu atom, byddwn yn:"}});
  const int items = 2 + static_cast<int>(rng_.Below(2));
  for (int i = 0; i < items; ++i) {
    const Topic& topic = AnyTopic();
    const Tri text = Fill(topic, topic.fragment);
    Item(i + 1 == items ? Ended(text, ".", ".", ".") : Ended(text, ";", " ;", ";"));
  }
}

void SectionWriter::ResultsTable() {
  Heading({{"Last year's results", "Nos résultats de l'an dernier", "Canlyniadau'r llynedd"}}, "results");
  Paragraph({{"What we achieved from April 2024 to March 2025, against our targets.",
              "Nos résultats d'avril 2024 à mars 2025, au regard de nos objectifs.",
              "Yr hyn a gyflawnwyd gennym rhwng Ebrill 2024 a Mawrth 2025, yn erbyn ein targedau."}});
  Block table;
  table.kind = Block::kTable;
  table.rows.push_back({{{"Standard", "Engagement", "Safon"}}, {{"Target", "Objectif", "Targed"}},
                        {{"2024/25 result", "Résultat 2024/25", "Canlyniad 2024/25"}},
                        {{"Status", "Statut", "Statws"}}});
  const int rows = 4 + static_cast<int>(rng_.Below(3));
  for (int i = 0; i < rows; ++i) {
    const Topic& topic = AnyTopic();
    const int target = static_cast<int>(rng_.Pick(std::vector<int>{85, 90, 95}));
    const int result = std::min(100, target - 6 + static_cast<int>(rng_.Below(11)));
    const Tri status = result >= target ? Tri{{"Met", "Atteint", "Cyflawnwyd"}}
                                        : Tri{{"Not met", "Non atteint", "Heb ei gyflawni"}};
    table.rows.push_back({Fill(topic, topic.row), {{Share(kEn, target), Share(kFr, target), Share(kCy, target)}},
                          {{Share(kEn, result), Share(kFr, result), Share(kCy, result)}}, status});
  }
  doc_.blocks.push_back(table);
  Paragraph({{"Where we missed a target, our annual report explains why and what we are changing.",
              "Lorsqu'un objectif n'est pas atteint, notre rapport annuel explique pourquoi et ce que nous changeons.",
              "Pan fyddwn yn methu targed, mae ein hadroddiad blynyddol yn esbonio pam a beth rydym yn ei newid."}});
}

void SectionWriter::YearsTable() {
  Heading({{"Results year by year", "Résultats année par année", "Canlyniadau fesul blwyddyn"}}, "by-year");
  Block table;
  table.kind = Block::kTable;
  table.rows.push_back({{{"Service", "Service", "Gwasanaeth"}}, {{"Target", "Objectif", "Targed"}},
                        Cells("2024"), Cells("2023")});
  const int rows = 3 + static_cast<int>(rng_.Below(3));
  for (int i = 0; i < rows; ++i) {
    const Topic& topic = AnyTopic();
    const int target = static_cast<int>(rng_.Pick(std::vector<int>{80, 90, 95}));
    std::vector<Tri> row{Fill(topic, topic.row),
                         {{Share(kEn, target), Share(kFr, target), Share(kCy, target)}}};
    for (int year = 0; year < 2; ++year) {
      const int result = std::min(100, target - 5 + static_cast<int>(rng_.Below(10)));
      row.push_back({{Share(kEn, result), Share(kFr, result), Share(kCy, result)}});
    }
    table.rows.push_back(row);
  }
  doc_.blocks.push_back(table);
}

void SectionWriter::Obligations() {
  Heading({{"What we ask of you", "Ce que nous attendons de vous", "Beth rydym yn ei ofyn gennych"}},
          "your-part");
  Paragraph({{"In return, please:", "Pour nous aider, merci de :", "Gallwch ein helpu drwy:"}});
  const size_t first = rng_.Below(bench::Obligations().size());
  for (size_t i = 0; i < 3; ++i)
    Item(bench::Obligations()[(first + i) % bench::Obligations().size()]);
}

void SectionWriter::Contact(bool uses_ten_document_fact) {
  Heading({{"Contact us", "Nous contacter", "Cysylltu â ni"}}, "contact-us");
  const std::string mail = "[" + doc_.contact + "](mailto:" + doc_.contact + ")";
  const std::string line = std::to_string(rng_.Below(1000) + 1000).substr(1);
  const std::string phone = "[01632 960 " + line + "](tel:+441632960" + line + ")";
  Paragraph({{"Email " + mail + " or call " + phone + ".",
              "Écrivez à " + mail + " ou appelez le " + phone + ".",
              "Anfonwch e-bost at " + mail + " neu ffoniwch " + phone + "."}});
  Paragraph({{"Opening hours: Monday to Friday 9.00–18.00, Saturday 9.30–13.00.",
              "Horaires d'ouverture : du lundi au vendredi 9.00–18.00, le samedi 9.30–13.00.",
              "Oriau agor: dydd Llun i ddydd Gwener 9.00–18.00, dydd Sadwrn 9.30–13.00."}});
  if (uses_ten_document_fact) {
    const std::string fact = std::string("{{ ") + kTenDocumentFact + " }}";
    Paragraph({{"Letters sent to our main office are answered within " + fact + ".",
                "Les courriers adressés à notre bureau principal reçoivent une réponse sous " + fact + ".",
                "Atebir llythyrau a anfonir i'n prif swyddfa o fewn " + fact + "."}});
  }
}

}  // namespace bench
