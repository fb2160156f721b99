// The words the generated charters are written with: topics of service
// promises in each of the shapes real charters use (docs/real-charters.md),
// and how a quantity is spelled in each language.
#pragma once

#include <string>
#include <vector>

#include "corpus.h"

namespace bench {

// One thing an organisation promises, in every shape a charter states it.
// {Q} stands for the quantity (a number and its unit), {P} for a share.
struct Topic {
  const char* slug;         // the commitment id a marked charter gives it
  Unit unit;
  std::vector<int> values;  // the quantities a writer would choose
  bool share;               // the texts hold {P}
  Tri fragment;             // after a lead-in: "answer emails within {Q}"
  Tri sentence;             // "We answer emails within {Q}."
  Tri passive;              // "Emails are answered within {Q}."
  Tri row;                  // a results table's first cell
  const char* criterion;    // the Customer Service Excellence element it meets
  const char* dimension;
};

const std::vector<Topic>& Topics();
// Promises with no number: charterc calls them vague (staff, cleanliness).
const std::vector<Tri>& VagueFragments();
const std::vector<Tri>& StaffQualities();
// Yes/no and frequency promises: "publish our results every quarter".
const std::vector<Tri>& PlainFragments();
// What the customer is asked to do: not the organisation's promises.
const std::vector<Tri>& Obligations();
// Places and kinds of organisation: "{P} Libraries", "Bibliothèques de {P}".
const std::vector<std::string>& Places();
const std::vector<Tri>& Organisations();

// "3 working days", "three working days", "3 jours ouvrés", "3 diwrnod
// gwaith"; `words` asks for the number in words where the language has a
// form for it (otherwise digits).
std::string Quantity(Lang lang, Unit unit, int value, bool words);
std::string Share(Lang lang, int percent);
// A fact as its page would show it, for the peers that cannot read facts.
std::string FactText(Lang lang, const Fact& fact);
const char* FactUnitName(Unit unit);  // facts.yaml's spelling

}  // namespace bench
