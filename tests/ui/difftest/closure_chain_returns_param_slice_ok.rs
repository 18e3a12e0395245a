// difftest (from programs/config_errors_from_impl.rs): closures with tuple patterns in a filter_map/find/map chain returning a slice of a parameter
fn field<'a>(text: &'a str, key: &'static str) -> Option<&'a str> {
    text.lines().filter_map(|l| l.split_once('=')).find(|(k, _)| k.trim() == key).map(|(_, v)| v)
}

fn main() {
    println!("{:?}", field("a=1\nb=2", "b"));
}
