// server configs built with struct update syntax, then the base config's moved field is read
#[derive(Debug)]
struct Config {
    host: String,
    port: u16,
    tags: Vec<String>,
    verbose: bool,
}

impl Config {
    fn url(&self) -> String {
        format!("http://{}:{}", self.host, self.port)
    }
}

fn describe(c: &Config) -> String {
    format!("{} tags={:?} verbose={}", c.url(), c.tags, c.verbose)
}

fn main() {
    let base = Config {
        host: String::from("localhost"),
        port: 8080,
        tags: vec![String::from("dev")],
        verbose: false,
    };
    let debug = Config { verbose: true, port: 9090, ..base };
    println!("{}", describe(&debug));
    println!("base port still {}", base.port);
    println!("base tags {:?}", base.tags);
}
