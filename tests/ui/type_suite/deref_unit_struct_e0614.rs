struct Unit;
fn main() {
    let u = Unit;
    let v = *u;
}
