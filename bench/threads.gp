# bench/threads.gp — draws bench/threads.dat (written by bench/threads.sh) as docs/threads.svg.
# gnuplot -e "datafile='bench/threads.dat'; outfile='docs/threads.svg'" bench/threads.gp
# Blocks in the data file (gnuplot `index`): 0-2 work.py, 3-5 shared.py; within each workload
# minipy, minipy -X gil=1, python3.  Column 3 is the two-process ceiling P of that interpreter.
set terminal svg size 900,480 dynamic font "sans,12" background "white"
set output outfile
set multiplot layout 1,2 title "4 CPU-bound jobs on 1, 2 and 4 threads (lower is better)"
set xlabel "threads"
set ylabel "wall time (s)"
set xtics ("1" 1, "2" 2, "4" 4)
set xrange [0.7:4.3]
set yrange [0:*]
set offsets 0, 0, graph 0.08, 0
set key below horizontal maxcols 2 spacing 1.2
set grid ytics
do for [w=0:1] {
  set title (w == 0 ? "independent work (work.py)" : "shared dict, list, functions (shared.py)")
  plot datafile index 3*w+0 using 1:2 with linespoints lw 2 pt 7 lc rgb "#1b7837" title "minipy (no GIL)", \
       datafile index 3*w+1 using 1:2 with linespoints lw 2 pt 5 lc rgb "#b2182b" title "minipy -X gil=1", \
       datafile index 3*w+2 using 1:2 with linespoints lw 2 pt 9 lc rgb "#2166ac" title "python3 (GIL)", \
       datafile index 3*w+0 using 1:3 with lines dt 2 lw 2 lc rgb "#1b7837" title "minipy, 2 processes (P)"
}
unset multiplot
