enum Msg { Move(i32, i32) }
fn main() {
    let m = Msg::Move(1);
}
