#pragma once
/// RAII for enet_initialize / enet_deinitialize. Construct one before any ENet call.
namespace dovui::net {

class EnetLibrary {
public:
    EnetLibrary();  ///< throws std::runtime_error when ENet cannot start
    ~EnetLibrary();
    EnetLibrary(const EnetLibrary&) = delete;
    EnetLibrary& operator=(const EnetLibrary&) = delete;
};

}  // namespace dovui::net
