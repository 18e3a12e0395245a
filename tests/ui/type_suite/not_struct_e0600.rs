struct Flag;
fn main() {
    let f = Flag;
    let _g = !f;
}
