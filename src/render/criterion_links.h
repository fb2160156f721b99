#pragma once
// How pages name and link framework criteria, shared by document pages
// (a commitment's "Meets" line) and the traceability page (its rows).

#include <string>

#include "model/framework.h"

namespace charterc {

// The anchor of a criterion's row on traceability.html: "cse-4.2.1".
std::string CriterionAnchor(const std::string& framework, const std::string& number);

// How a criterion is shown: "CSE 4.2.1", "SERVQUAL empathy".
std::string CriterionLabel(const std::string& framework, const std::string& number);

}  // namespace charterc
