// An item restricted to `crate::app` cannot be named from another top-level module.
mod app {
    pub mod model {
        pub(in crate::app) fn validate(x: i32) -> bool {
            x >= 0
        }
    }
    pub fn start() -> bool {
        model::validate(3)
    }
}

mod cli {
    pub fn parse(x: i32) -> bool {
        crate::app::model::validate(x)
    }
}

fn main() {
    println!("{} {}", app::start(), cli::parse(4));
}
