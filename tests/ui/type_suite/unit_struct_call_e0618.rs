struct Marker;
fn main() {
    let m = Marker();
    let _ = m;
}
