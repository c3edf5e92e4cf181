//! The `factdex` command: see `factdex --help`, or the README.

fn main() {
    std::process::exit(factdex::cli::run());
}

#[global_allocator]
static GLOBAL: factdex::alloc::Allocator = factdex::alloc::Allocator;
