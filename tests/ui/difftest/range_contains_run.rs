// difftest (from programs/command_parser.rs): `RangeInclusive::contains` on chars at run time
fn main() {
    for c in ['a', 'd', 'x'] {
        println!("{} {}", c, ('a'..='d').contains(&c));
    }
}
