mod net {
    fn connect() {}
}
fn main() {
    net::connect();
}
