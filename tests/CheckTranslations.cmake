# Fails when a catalogue still has strings nobody translated (DESIGN.md §5: sencrm_vi.ts is complete).
# Run by ctest as translations_complete; TS_FILES is a ;-list of .ts paths.
foreach(ts_file IN LISTS TS_FILES)
    file(READ "${ts_file}" contents)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${contents}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        message(FATAL_ERROR "${ts_file}: ${count} unfinished translation(s); run the update_translations "
                            "target and translate them")
    endif()
endforeach()
