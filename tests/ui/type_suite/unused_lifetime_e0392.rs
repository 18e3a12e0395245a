struct Parser<'src> { pos: usize }
fn main() {
    let p = Parser { pos: 0 };
    println!("{}", p.pos);
}
