struct Config;
fn main() {
    let c = Config::load();
    let _ = c;
}
