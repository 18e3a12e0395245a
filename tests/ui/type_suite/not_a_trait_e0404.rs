struct Plain;
struct Other;
impl Plain for Other {}
fn main() {}
