enum Msg { Move(i32, i32), Quit }
fn main() {
    let m = Msg::Move(1, 2);
    match m {
        Msg::Move(x) => println!("{}", x),
        Msg::Quit => {}
    }
}
