// `pub(crate)` items, fields and methods are visible everywhere in the crate.
mod config {
    pub(crate) struct Settings {
        pub(crate) name: String,
        pub(crate) retries: u32,
    }
    impl Settings {
        pub(crate) fn new(name: &str) -> Settings {
            Settings { name: name.to_string(), retries: 3 }
        }
        pub(crate) fn describe(&self) -> String {
            format!("{} x{}", self.name, self.retries)
        }
    }
    pub(crate) const DEFAULT_RETRIES: u32 = 3;
}

mod net {
    pub mod client {
        use crate::config::Settings;
        pub fn connect(s: &Settings) -> String {
            format!("connect {} ({})", s.describe(), crate::config::DEFAULT_RETRIES)
        }
    }
}

fn main() {
    let mut s = config::Settings::new("db");
    s.retries += 1;
    println!("{}", net::client::connect(&s));
    println!("{} {}", s.name, s.retries);
}
