struct Config { debug: bool }
fn main() {
    let c = Config;
}
