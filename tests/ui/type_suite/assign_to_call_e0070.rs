fn value() -> i32 { 3 }
fn main() {
    value() = 4;
}
