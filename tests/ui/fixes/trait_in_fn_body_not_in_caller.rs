mod m { pub struct S; }
fn main() {
    fn helper() -> i32 { 
        trait Loc { fn loc(&self) -> i32 { 7 } }
        impl Loc for m::S {}
        m::S.loc()
    }
    println!("{}", helper());
    println!("{}", m::S.loc());
}
