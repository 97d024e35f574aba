#include "dovui/net/enet_library.hpp"

#include <enet/enet.h>

#include <stdexcept>

namespace dovui::net {

EnetLibrary::EnetLibrary() {
    if (enet_initialize() != 0)
        throw std::runtime_error("ENet could not start");
}

EnetLibrary::~EnetLibrary() {
    enet_deinitialize();
}

}  // namespace dovui::net
