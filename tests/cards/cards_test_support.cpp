#include "cards_test_support.hpp"

namespace dovui::cards::testing {

const FaceSet& sharedFaces() {
    static const FaceSet faces = facesFromCairo(60, 240);
    return faces;
}

}  // namespace dovui::cards::testing
